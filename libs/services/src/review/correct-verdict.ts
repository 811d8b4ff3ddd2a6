import { ZCorrectVerdictInput, parseInput, type TCorrectVerdictInput, type TCorrection } from '@claimledger/contracts';
import { findApprovedReview, insertCorrection, listCorrections, runInTransaction, type DbClient } from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { auditClaim, requireUser } from '../access';
import { claimAtVersion, transitionClaim } from '../claim/transition-claim';
import { emitClaimEvent } from '../webhook/webhooks';

/**
 * Withdraws a published verdict for correction: the claim becomes "void after correction" and
 * goes back through review; the old verdict, the reason and the time stay in the corrections log.
 */
export async function correctVerdict(db: DbClient, actor: Actor, raw: TCorrectVerdictInput): Promise<TCorrection> {
  const input = parseInput(ZCorrectVerdictInput, raw);
  const correctedById = requireUser(actor, 'claim:approve');
  return runInTransaction(db, async (tx) => {
    const claim = await claimAtVersion(tx, input.claimId, input.expectedVersion);
    if (claim.state !== 'approved') throw new AppError('INVALID_TRANSITION', 'Only a published verdict can be corrected.');
    const review = await findApprovedReview(tx, claim.id);
    if (!review) throw new AppError('CONFLICT', 'This claim has no published review to correct.');
    const voided = await transitionClaim(tx, actor, claim, 'void', null);
    const correction = await insertCorrection(tx, {
      claimId: claim.id,
      reviewId: review.id,
      previousVerdictLabelId: review.verdictLabelId,
      reason: input.reason,
      correctedById,
    });
    await auditClaim(tx, actor, 'verdict.corrected', claim.id, {
      before: { reviewId: review.id, verdict: review.verdict?.slug ?? null },
      after: { reason: input.reason },
    });
    await emitClaimEvent(tx, 'verdict.corrected', voided, null, {
      reason: input.reason,
      previousVerdict: review.verdict?.name ?? null,
    });
    return correction;
  });
}

export function listClaimCorrections(db: DbClient, claimId: string): Promise<TCorrection[]> {
  return listCorrections(db, claimId);
}
