-- Written by hand (Prisma cannot declare GIN storage parameters). Matching searches these two
-- indexes on every ingest. With GIN's default fast update, new rows wait in a pending list that
-- every search reads in full until a vacuum merges it: at a million claims, a few thousand new
-- claims made one claim's match 2x slower and an article's 3x (docs/benchmarks.md, 2026-12-02).
-- Without it each insert updates the index at once and searches stay as fast as after a vacuum.
ALTER INDEX "Claim_sentenceTsv_idx" SET (fastupdate = off);
ALTER INDEX "ImportedFactCheck_claimReviewedTsv_idx" SET (fastupdate = off);
