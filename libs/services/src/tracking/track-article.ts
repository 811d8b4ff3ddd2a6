import { findMatchSettings, listUntrackedClaims, noteClaimTerms, runInTransaction, type DbClient } from '@claimledger/db';
import { trackClaim, type TrackOutcome } from './match-claim';

/**
 * The follow-up step of ingest: matches every claim of the article that is not yet in a
 * tracked claim against stored claims and imported fact-checks. Idempotent: a claim already
 * placed is skipped, so a re-run (or a re-ingest of the same text) finishes what a crash left.
 * One short transaction per claim, so later claims of the article can match earlier ones' groups.
 */
export async function trackArticleClaims(db: DbClient, articleId: string): Promise<TrackOutcome[]> {
  const settings = await findMatchSettings(db);
  const claims = await listUntrackedClaims(db, articleId);
  // Their stems join the document counts that pick the rarest words of later queries.
  if (claims.length) await noteClaimTerms(db, articleId);
  const outcomes: TrackOutcome[] = [];
  for (const claim of claims) {
    outcomes.push(await runInTransaction(db, (tx) => trackClaim(tx, claim, settings)));
  }
  return outcomes;
}
