import { findMatchSettings, listUntrackedClaims, noteClaimTerms, runInTransaction, type DbClient } from '@claimledger/db';
import { rankGroupMatchesMany, type TrackOutcome } from './match-claim';
import { placeClaims } from './place-claims';

/** The candidate reads of an article go out as this many statements at once (the server's cores). */
const READ_STATEMENTS = 2;

/**
 * The follow-up step of ingest: matches every claim of the article that is not yet in a
 * tracked claim against stored claims and imported fact-checks. Idempotent: a claim already
 * placed is skipped, so a re-run (or a re-ingest of the same text) finishes what a crash left.
 * Candidates of all claims are read in a few statements outside the transaction (the claims
 * never match each other: same article); then ONE transaction places them all (placeClaims).
 */
export async function trackArticleClaims(db: DbClient, articleId: string): Promise<TrackOutcome[]> {
  const settings = await findMatchSettings(db);
  const claims = await listUntrackedClaims(db, articleId);
  if (!claims.length) return [];
  // Their stems join the document counts that pick the rarest words of later queries.
  await noteClaimTerms(db, articleId);
  const ranked = await rankGroupMatchesMany(
    db,
    claims.map((claim) => ({ text: claim.sentence, excludeArticleId: claim.articleId })),
    10,
    READ_STATEMENTS,
  );
  return runInTransaction(db, (tx) => placeClaims(tx, claims, settings, ranked));
}
