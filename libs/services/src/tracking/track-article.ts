import { findMatchSettings, listUntrackedClaims, noteClaimTerms, runInTransaction, type DbClient } from '@claimledger/db';
import { rankGroupMatchesMany, type TrackOutcome } from './match-claim';
import { placeClaims, readPlacingPriors } from './place-claims';
import { claimParts, giveWay } from '../event-loop';

/**
 * The follow-up step of ingest: matches every claim of the article that is not yet in a
 * tracked claim against stored claims and imported fact-checks. Idempotent: a claim already
 * placed is skipped, so a re-run (or a re-ingest of the same text) finishes what a crash left.
 * Per part (claimParts: a news article is one): candidates of its claims are read in a few
 * statements outside the transaction (the claims never match each other: same article); then
 * ONE transaction places them (placeClaims).
 */
export async function trackArticleClaims(db: DbClient, articleId: string): Promise<TrackOutcome[]> {
  const [settings, untracked] = await Promise.all([findMatchSettings(db), listUntrackedClaims(db, articleId)]);
  const parts = claimParts(untracked);
  const outcomes: TrackOutcome[] = [];
  for (const [i, part] of parts.entries()) {
    const started = performance.now();
    const ranked = await rankGroupMatchesMany(
      db,
      part.map((claim) => ({ text: claim.sentence, excludeArticleId: claim.articleId })),
      10,
      {
        // Their stems join the document counts that pick the rarest words of later queries
        // (after these claims' own stems are read, so their plans never depend on timing).
        beside: () =>
          noteClaimTerms(
            db,
            articleId,
            part.map((claim) => claim.id),
          ),
      },
    );
    const priors = await readPlacingPriors(db, part, settings, ranked);
    outcomes.push(...(await runInTransaction(db, (tx) => placeClaims(tx, part, settings, ranked, priors))));
    if (i < parts.length - 1) await giveWay(started);
  }
  return outcomes;
}
