-- Pair terms (docs/claim-tracking.md, "Pair terms"): every pair of a claim's PAIR_STEMS (12) rarest
-- stems, as one lexeme "a~b" (a before b in byte order), in a GIN-indexed column. Matching looks up
-- the claims that have two stems of a query together as one short posting list per pair, where a
-- search of `a & b` over "sentenceTsv" walks the posting lists of both stems. Written by hand:
-- Prisma declares the column as Unsupported("tsvector") and never writes it; a trigger fills it.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "pairTsv" tsvector;

-- The pair terms of a text's stems: its rarest stems by "MatchTerm" (a stem no text has yet first).
CREATE FUNCTION claimledger_pair_terms(stems tsvector) RETURNS tsvector LANGUAGE sql STABLE AS $$
  WITH rare AS (
    SELECT t.term FROM unnest(tsvector_to_array(stems)) AS t(term)
    LEFT JOIN "MatchTerm" m ON m."term" = t.term
    ORDER BY coalesce(m."docs", 0), t.term COLLATE "C"
    LIMIT 12
  )
  SELECT coalesce(array_to_tsvector(array_agg(a.term || '~' || b.term)), ''::tsvector)
  FROM rare a JOIN rare b ON a.term COLLATE "C" < b.term COLLATE "C"
$$;

CREATE FUNCTION claimledger_claim_pair_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."pairTsv" := claimledger_pair_terms(to_tsvector('english'::regconfig, NEW."sentence"));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Claim_pairTsv" BEFORE INSERT OR UPDATE OF "sentence" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimledger_claim_pair_terms();

-- Existing rows.
UPDATE "Claim" SET "pairTsv" = claimledger_pair_terms("sentenceTsv");

-- CreateIndex
CREATE INDEX "Claim_pairTsv_idx" ON "Claim" USING GIN ("pairTsv");

-- As for "sentenceTsv" (20261202220000_match_index_no_pending_list): no pending list.
ALTER INDEX "Claim_pairTsv_idx" SET (fastupdate = off);
