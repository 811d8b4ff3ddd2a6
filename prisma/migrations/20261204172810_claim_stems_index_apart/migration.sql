-- The stems' index moves to "ClaimMatchTerms" too (docs/claim-tracking.md, "Pair terms"): word
-- search and matching search the copy there, so an UPDATE of a "Claim" row (placing a claim in
-- a tracked claim, assigning it) no longer re-writes its ~15 entries in a stems index (half the
-- buffers of an article's placing UPDATE once the pairs had moved, docs/benchmarks.md 2026-12-04).
-- The column stays in "Claim" (generated; the queue's ranking and the stem counts read it).

-- DropIndex
DROP INDEX "Claim_sentenceTsv_idx";

-- CreateIndex
CREATE INDEX "ClaimMatchTerms_sentenceTsv_idx" ON "ClaimMatchTerms" USING GIN ("sentenceTsv");

-- As before (20261202220000_match_index_no_pending_list): no pending list.
ALTER INDEX "ClaimMatchTerms_sentenceTsv_idx" SET (fastupdate = off);
