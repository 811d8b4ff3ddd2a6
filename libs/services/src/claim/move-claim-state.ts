import { ZMoveClaimStateInput, type TClaim, type TMoveClaimStateInput } from '@claimledger/contracts';
import { findClaim, recordAudit, runInTransaction, updateClaimStateIfVersion, type DbClient } from '@claimledger/db';
import { AppError, assertTransition, can, permissionToMove, type Actor } from '@claimledger/domain';
import { parseInput } from '@claimledger/contracts';

/**
 * Moves a claim through the workflow with an optimistic version check; the change and its
 * audit event commit together. A stale version is a CONFLICT naming the current state.
 */
export async function moveClaimState(db: DbClient, actor: Actor, raw: TMoveClaimStateInput): Promise<TClaim> {
  const input = parseInput(ZMoveClaimStateInput, raw);
  return runInTransaction(db, async (tx) => {
    const claim = await findClaim(tx, input.id);
    if (!claim) throw new AppError('NOT_FOUND', `Claim ${input.id} not found.`);
    if (claim.version !== input.expectedVersion) {
      throw new AppError(
        'CONFLICT',
        `This claim was changed by someone else (now "${claim.state}", version ${claim.version}). Reload to see their change.`,
        { current: claim },
      );
    }
    assertTransition(claim.state, input.to);
    if (!can(actor.role, permissionToMove(input.to))) {
      throw new AppError('FORBIDDEN', `A ${actor.role} cannot move a claim to "${input.to}": that is an editor's decision.`);
    }
    const moved = await updateClaimStateIfVersion(tx, claim.id, input.expectedVersion, input.to);
    if (!moved) throw new AppError('CONFLICT', 'This claim was changed by someone else. Reload to see their change.');
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'claim.state_changed',
      entityType: 'claim',
      entityId: claim.id,
      before: { state: claim.state, version: claim.version },
      after: { state: input.to, version: claim.version + 1 },
    });
    const updated = await findClaim(tx, claim.id);
    if (!updated) throw new AppError('NOT_FOUND', `Claim ${input.id} not found.`);
    return updated;
  });
}

export async function getClaim(db: DbClient, id: string): Promise<TClaim> {
  const claim = await findClaim(db, id);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  return claim;
}
