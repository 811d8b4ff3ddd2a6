import { findMatchSettings, listUntrackedClaims, noteClaimTerms, runInTransaction, type DbClient } from '@claimledger/db';
import { rankGroupMatchesMany, type TrackOutcome } from './match-claim';
import { placeClaims } from './place-claims';
import { yieldToEventLoop } from '../event-loop';

/** The candidate reads of a part go out as this many statements at once (the server's cores). */
const READ_STATEMENTS = 2;

/**
 * Claims matched and placed per part. A news article is one part; a very large one is several,
 * so no statement or transaction holds the embedded database's one connection for long.
 */
export const CLAIMS_PER_PART = 40;

/**
 * The follow-up step of ingest: matches every claim of the article that is not yet in a
 * tracked claim against stored claims and imported fact-checks. Idempotent: a claim already
 * placed is skipped, so a re-run (or a re-ingest of the same text) finishes what a crash left.
 * Per part: candidates of its claims are read in a few statements outside the transaction (the
 * claims never match each other: same article); then ONE transaction places them (placeClaims).
 */
export async function trackArticleClaims(db: DbClient, articleId: string): Promise<TrackOutcome[]> {
  const settings = await findMatchSettings(db);
  const claims = await listUntrackedClaims(db, articleId);
  const outcomes: TrackOutcome[] = [];
  for (let at = 0; at < claims.length; at += CLAIMS_PER_PART) {
    if (at > 0) await yieldToEventLoop();
    const part = claims.slice(at, at + CLAIMS_PER_PART);
    // Their stems join the document counts that pick the rarest words of later queries.
    await noteClaimTerms(
      db,
      articleId,
      part.map((claim) => claim.id),
    );
    const ranked = await rankGroupMatchesMany(
      db,
      part.map((claim) => ({ text: claim.sentence, excludeArticleId: claim.articleId })),
      10,
      READ_STATEMENTS,
    );
    outcomes.push(...(await runInTransaction(db, (tx) => placeClaims(tx, part, settings, ranked))));
  }
  return outcomes;
}
