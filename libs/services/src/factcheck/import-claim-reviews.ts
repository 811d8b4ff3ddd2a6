import { ZImportClaimReviewsInput, parseInput, type TImportClaimReviewsResult } from '@claimledger/contracts';
import {
  findMatchSettings,
  noteFactCheckTerms,
  recordAudit,
  refreshGroup,
  runInTransaction,
  setFactCheckGroup,
  upsertFactCheck,
  type DbClient,
} from '@claimledger/db';
import type { Actor } from '@claimledger/domain';
import { requireUser } from '../access';
import { ensureGroup, rankGroupMatches } from '../tracking/match-claim';
import { parseClaimReviews } from './parse-claim-reviews';

/**
 * Imports published fact-checks (schema.org ClaimReview) idempotently on their review URL:
 * new ones are added, known ones updated, invalid ones refused with their line and reason
 * while the rest are imported. A new fact-check that matches a stored claim above the auto
 * threshold joins that claim's tracked claim; all of them are match candidates from now on.
 */
export async function importClaimReviews(
  db: DbClient,
  actor: Actor,
  raw: { content: string },
): Promise<TImportClaimReviewsResult> {
  const { content } = parseInput(ZImportClaimReviewsInput, raw);
  requireUser(actor, 'scale:manage');
  return importClaimReviewText(db, content, actor);
}

/** The import without a signed-in user: the CLI runs it as the operator of the database. */
export async function importClaimReviewText(
  db: DbClient,
  content: string,
  actor: Actor | null,
): Promise<TImportClaimReviewsResult> {
  const { records, refused } = parseClaimReviews(content);
  const settings = await findMatchSettings(db);
  let imported = 0;
  let updated = 0;
  for (const { review } of records) {
    const savedId = await runInTransaction(db, async (tx) => {
      const saved = await upsertFactCheck(tx, review);
      if (saved.created) imported += 1;
      else updated += 1;
      if (!saved.groupId) {
        const [best] = (await rankGroupMatches(tx, review.claimReviewed, { limit: 5 })).filter(
          (m) => m.candidate.kind === 'claim' && m.score >= settings.autoThreshold,
        );
        if (best) {
          const groupId = await ensureGroup(tx, best);
          await setFactCheckGroup(tx, saved.id, groupId);
          await refreshGroup(tx, groupId);
        }
      }
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        actorLabel: actor?.label ?? 'claimledger import',
        action: saved.created ? 'factcheck.imported' : 'factcheck.updated',
        entityType: 'importedFactCheck',
        entityId: saved.id,
        after: { reviewUrl: review.reviewUrl, publisher: review.publisherName, rating: review.ratingName },
      });
      return saved.created ? saved.id : null;
    });
    // Its stems join the document counts of the candidate search (outside the transaction: one short statement).
    if (savedId) await noteFactCheckTerms(db, savedId);
  }
  return { imported, updated, refused };
}
