import type { TClaim } from '@claimledger/contracts';
import { findClaim, recordAudit, updateClaimStateIfVersion, type DbExecutor } from '@claimledger/db';
import { AppError, assertTransition, type Actor, type WorkflowState } from '@claimledger/domain';

/** The claim at the version the caller saw, or NOT_FOUND / CONFLICT with the current claim. */
export async function claimAtVersion(tx: DbExecutor, id: string, expectedVersion: number): Promise<TClaim> {
  const claim = await findClaim(tx, id);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  if (claim.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      `This claim was changed by someone else (now "${claim.state}", version ${claim.version}). Reload to see their change.`,
      { current: claim },
    );
  }
  return claim;
}

/**
 * Moves a claim one workflow step inside the caller's transaction: checks the step, updates
 * only at the expected version (bumping it) and writes the audit event.
 */
export async function transitionClaim(
  tx: DbExecutor,
  actor: Actor,
  claim: TClaim,
  to: WorkflowState,
  verdictLabelId?: string,
): Promise<TClaim> {
  assertTransition(claim.state, to);
  const moved = await updateClaimStateIfVersion(tx, claim.id, claim.version, to, verdictLabelId);
  if (!moved) throw new AppError('CONFLICT', 'This claim was changed by someone else. Reload to see their change.');
  await recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.label,
    action: 'claim.state_changed',
    entityType: 'claim',
    entityId: claim.id,
    before: { state: claim.state, version: claim.version },
    after: { state: to, version: claim.version + 1, ...(verdictLabelId ? { verdictLabelId } : {}) },
  });
  const updated = await findClaim(tx, claim.id);
  if (!updated) throw new AppError('NOT_FOUND', `Claim ${claim.id} not found.`);
  return updated;
}
