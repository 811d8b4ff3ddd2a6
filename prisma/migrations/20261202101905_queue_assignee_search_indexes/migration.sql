-- DropIndex
DROP INDEX "Claim_sentence_trgm_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assigneeId" TEXT;

-- Written by hand: "Claim"."assigneeId" copies the claim's Assignment (at most one per claim):
-- setAssignment writes both in one transaction. Filled here from the existing rows, before the
-- index is built.
UPDATE "Claim" c SET "assigneeId" = a."assigneeId" FROM "Assignment" a WHERE a."claimId" = c."id";

-- CreateIndex
CREATE INDEX "Claim_assigneeId_checkworthiness_id_idx" ON "Claim"("assigneeId", "checkworthiness" DESC, "id");

-- Written by hand (Prisma cannot declare expression indexes). Queue search reads the stored
-- "sentenceTsv" (its GIN index serves search and matching), so the expression index on
-- to_tsvector('english', "sentence") is a duplicate. The trigram index on the sentence (dropped
-- above) served no query but the stop-word-only substring fallback of search.
DROP INDEX IF EXISTS "Claim_sentence_fts_idx";
