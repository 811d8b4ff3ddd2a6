import { ZMoveClaimStateInput, parseInput, type TClaim, type TMoveClaimStateInput } from '@claimledger/contracts';
import { findClaim, runInTransaction, type DbClient } from '@claimledger/db';
import {
  AppError,
  WORKFLOW_STATE_LABELS,
  assertTransition,
  can,
  isReachedThroughReview,
  permissionToMove,
  type Actor,
} from '@claimledger/domain';
import { assertClaimOpenTo } from '../access';
import { claimAtVersion, transitionClaim } from './transition-claim';

/**
 * Moves a claim through the review steps with an optimistic version check; the change and its
 * audit event commit together. A stale version is a CONFLICT naming the current state.
 * Submitting, publishing, sending back and voiding happen only through reviews and corrections.
 */
export async function moveClaimState(db: DbClient, actor: Actor, raw: TMoveClaimStateInput): Promise<TClaim> {
  const input = parseInput(ZMoveClaimStateInput, raw);
  return runInTransaction(db, async (tx) => {
    const claim = await claimAtVersion(tx, input.id, input.expectedVersion);
    assertTransition(claim.state, input.to);
    if (isReachedThroughReview(input.to)) {
      throw new AppError(
        'INVALID_TRANSITION',
        `"${WORKFLOW_STATE_LABELS[input.to]}" is reached through a review (submit, approve, send back) or a correction, not by moving the claim.`,
      );
    }
    if (!can(actor.role, permissionToMove(input.to))) {
      throw new AppError('FORBIDDEN', `A ${actor.role} cannot move a claim to "${input.to}": that is an editor's decision.`);
    }
    await assertClaimOpenTo(tx, actor, claim.id);
    return transitionClaim(tx, actor, claim, input.to);
  });
}

export async function getClaim(db: DbClient, id: string): Promise<TClaim> {
  const claim = await findClaim(db, id);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  return claim;
}
