-- DropIndex
DROP INDEX "Claim_state_checkworthiness_idx";

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publisherId_idx" ON "Article"("publisherId");

-- CreateIndex
CREATE INDEX "Assignment_assigneeId_idx" ON "Assignment"("assigneeId");

-- CreateIndex
CREATE INDEX "Claim_checkworthiness_id_idx" ON "Claim"("checkworthiness" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_state_checkworthiness_id_idx" ON "Claim"("state", "checkworthiness" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_kinds_idx" ON "Claim" USING GIN ("kinds");

-- Search, written by hand: the Prisma schema cannot express the full-text expression index.
-- The claim-matching work creates the same three statements, and IF NOT EXISTS lets both coexist.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS "Claim_sentence_fts_idx" ON "Claim" USING GIN (to_tsvector('english', "sentence"));
CREATE INDEX IF NOT EXISTS "Claim_sentence_trgm_idx" ON "Claim" USING GIN ("sentence" gin_trgm_ops);
-- Speaker search (substring, any case).
CREATE INDEX IF NOT EXISTS "Claim_speaker_trgm_idx" ON "Claim" USING GIN ("speaker" gin_trgm_ops);
