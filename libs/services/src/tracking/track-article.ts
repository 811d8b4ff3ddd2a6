import { findMatchSettings, listUntrackedClaims, noteClaimTerms, runInTransaction, type DbClient } from '@claimledger/db';
import { rankClaimMatches, trackClaim, type TrackOutcome } from './match-claim';

/**
 * The follow-up step of ingest: matches every claim of the article that is not yet in a
 * tracked claim against stored claims and imported fact-checks. Idempotent: a claim already
 * placed is skipped, so a re-run (or a re-ingest of the same text) finishes what a crash left.
 * One short transaction per claim, so later claims of the article see the groups earlier ones made.
 */
export async function trackArticleClaims(db: DbClient, articleId: string): Promise<TrackOutcome[]> {
  const settings = await findMatchSettings(db);
  const claims = await listUntrackedClaims(db, articleId);
  // Their stems join the document counts that pick the rarest words of later queries.
  if (claims.length) await noteClaimTerms(db, articleId);
  // Candidates are read outside the transactions, all claims at once (they never match each
  // other: same article); each placement then re-reads what an earlier one may have changed.
  const ranked = await Promise.all(claims.map((claim) => rankClaimMatches(db, claim)));
  const outcomes: TrackOutcome[] = [];
  for (const [i, claim] of claims.entries()) {
    outcomes.push(await runInTransaction(db, (tx) => trackClaim(tx, claim, settings, ranked[i])));
  }
  return outcomes;
}
