import type { TClaim } from '@claimledger/contracts';
import { findClaim, listAuditEvents, updateClaimStateIfVersion, type DbExecutor } from '@claimledger/db';
import { auditClaim } from '../access';
import { AppError, assertTransition, type Actor, type WorkflowState } from '@claimledger/domain';

/** The claim at the version the caller saw, or NOT_FOUND / CONFLICT with the current claim. */
export async function claimAtVersion(tx: DbExecutor, id: string, expectedVersion: number): Promise<TClaim> {
  const claim = await findClaim(tx, id);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  if (claim.version !== expectedVersion) throw await conflictWithCurrent(tx, claim);
  return claim;
}

/**
 * The CONFLICT for a save that lost to an earlier change: names who changed what and the state
 * now. Also used when a version-checked update matched no row because another transaction
 * committed in between (PostgreSQL runs them side by side; PGlite one after the other): the
 * claim is read again, and READ COMMITTED shows the winner's change.
 */
export async function conflictWithCurrent(tx: DbExecutor, seen: TClaim): Promise<AppError> {
  const claim = (await findClaim(tx, seen.id)) ?? seen;
  const [lastChange] = await listAuditEvents(tx, 'claim', claim.id, 1);
  const who = lastChange ? ` by ${lastChange.actor} (${describeChange(lastChange.action, lastChange.after)})` : '';
  return new AppError(
    'CONFLICT',
    `This claim was changed${who} since you opened it: it is now "${claim.state}", version ${claim.version}. Your change was not saved; reload to see theirs.`,
    { current: claim, lastChange: lastChange ?? null },
  );
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
  verdictLabelId?: string | null,
): Promise<TClaim> {
  assertTransition(claim.state, to);
  const moved = await updateClaimStateIfVersion(tx, claim.id, claim.version, to, verdictLabelId);
  if (!moved) throw await conflictWithCurrent(tx, claim);
  await auditClaim(tx, actor, 'claim.state_changed', claim.id, {
    before: { state: claim.state, version: claim.version },
    after: { state: to, version: claim.version + 1, ...(verdictLabelId !== undefined ? { verdictLabelId } : {}) },
  });
  const updated = await findClaim(tx, claim.id);
  if (!updated) throw new AppError('NOT_FOUND', `Claim ${claim.id} not found.`);
  return updated;
}

/** A few words on an audit event for a conflict message: "fields: speaker, value". */
function describeChange(action: string, after: Record<string, unknown> | null): string {
  if (action === 'claim.fields_changed' && after) return `changed ${Object.keys(after).join(', ')}`;
  if (action === 'claim.state_changed' && typeof after?.['state'] === 'string') return `moved it to ${after['state']}`;
  return action.replace(/[._]/g, ' ');
}
