-- Pair terms move out of "Claim" into "ClaimMatchTerms" (docs/claim-tracking.md, "Pair terms"),
-- an insert-only table with what a claim search reads: the pair terms, the stems it scores by,
-- the article it excludes and the date it orders by. Placing a claim in a tracked claim updates
-- its "Claim" row, and PostgreSQL writes every index entry of a row again when an indexed column
-- changes ("groupId"): with the pairs in "Claim", that was the 66 pair entries of every placed
-- claim in a 560 MB GIN index (12 of the 17 ms of an article's placing UPDATE at a million
-- claims, docs/benchmarks.md 2026-12-04) and a 1.1 KB row copied. Written by hand: Prisma
-- declares the tsvector columns as Unsupported and never writes this table; triggers do.

-- CreateTable
CREATE TABLE "ClaimMatchTerms" (
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentenceTsv" tsvector NOT NULL,
    "pairTsv" tsvector NOT NULL,

    CONSTRAINT "ClaimMatchTerms_pkey" PRIMARY KEY ("claimId")
);

-- Existing rows, before the index (one build instead of a million inserts).
INSERT INTO "ClaimMatchTerms" ("claimId", "articleId", "createdAt", "sentenceTsv", "pairTsv")
SELECT c."id", c."articleId", c."createdAt", coalesce(c."sentenceTsv", ''::tsvector),
  coalesce(c."pairTsv", claimledger_pair_terms(coalesce(c."sentenceTsv", ''::tsvector)))
FROM "Claim" c;

-- The old column, its index and its trigger.
DROP TRIGGER "Claim_pairTsv" ON "Claim";
DROP FUNCTION claimledger_claim_pair_terms();

-- DropIndex
DROP INDEX "Claim_pairTsv_idx";

-- AlterTable
ALTER TABLE "Claim" DROP COLUMN "pairTsv";

-- CreateIndex
CREATE INDEX "ClaimMatchTerms_pairTsv_idx" ON "ClaimMatchTerms" USING GIN ("pairTsv");

-- As for "sentenceTsv" (20261202220000_match_index_no_pending_list): no pending list.
ALTER INDEX "ClaimMatchTerms_pairTsv_idx" SET (fastupdate = off);

-- AddForeignKey
ALTER TABLE "ClaimMatchTerms" ADD CONSTRAINT "ClaimMatchTerms_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- New claims: one INSERT per statement (an article's claims arrive in one), from the statement's
-- new rows. The pair terms read "MatchTerm" as the old trigger did.
CREATE FUNCTION claimledger_claims_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClaimMatchTerms" ("claimId", "articleId", "createdAt", "sentenceTsv", "pairTsv")
  SELECT a."id", a."articleId", a."createdAt", coalesce(a."sentenceTsv", ''::tsvector),
    claimledger_pair_terms(coalesce(a."sentenceTsv", ''::tsvector))
  FROM added a;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Claim_matchTerms_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION claimledger_claims_added();

-- A claim whose sentence, article or date changes (rare: a correction of the text) is searched anew.
CREATE FUNCTION claimledger_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimMatchTerms" SET "articleId" = NEW."articleId", "createdAt" = NEW."createdAt",
    "sentenceTsv" = coalesce(NEW."sentenceTsv", ''::tsvector),
    "pairTsv" = claimledger_pair_terms(coalesce(NEW."sentenceTsv", ''::tsvector))
  WHERE "claimId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Claim_matchTerms_update" AFTER UPDATE OF "sentence", "articleId", "createdAt" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimledger_claim_changed();
