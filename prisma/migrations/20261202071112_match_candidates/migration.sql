-- Match candidates at scale (docs/claim-tracking.md, "Candidates at a million claims").
-- The two tsvector columns are generated and stored, written by hand: Prisma's schema declares
-- them as Unsupported("tsvector") and never writes them. Existing rows are filled here.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sentenceTsv" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "sentence")) STORED;

-- AlterTable
ALTER TABLE "ImportedFactCheck" ADD COLUMN     "claimReviewedTsv" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "claimReviewed")) STORED;

-- CreateTable
CREATE TABLE "MatchTerm" (
    "term" TEXT NOT NULL,
    "docs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MatchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "MatchTerm_term_trgm_idx" ON "MatchTerm" USING GIN ("term" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_sentenceTsv_idx" ON "Claim" USING GIN ("sentenceTsv");

-- CreateIndex
CREATE INDEX "ImportedFactCheck_claimReviewedTsv_idx" ON "ImportedFactCheck" USING GIN ("claimReviewedTsv");

-- Only matching used the expression index over fact-checks: the stored column replaces it.
DROP INDEX IF EXISTS "ImportedFactCheck_claimReviewed_fts_idx";

-- The stems of what is stored now, with their document counts.
INSERT INTO "MatchTerm" ("term", "docs")
SELECT word, sum(ndoc)::int FROM (
  SELECT word, ndoc FROM ts_stat('SELECT "sentenceTsv" FROM "Claim"')
  UNION ALL
  SELECT word, ndoc FROM ts_stat('SELECT "claimReviewedTsv" FROM "ImportedFactCheck"')
) t GROUP BY word;
