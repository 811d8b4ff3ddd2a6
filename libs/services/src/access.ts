import { findAssignee, recordAudit, type AuditEntry, type DbExecutor } from '@claimledger/db';
import { AppError, can, type Actor, type Permission } from '@claimledger/domain';

/** The signed-in user's id when their role grants `permission`; signed work needs a real user. */
export function requireUser(actor: Actor, permission: Permission): string {
  if (!actor.id) throw new AppError('FORBIDDEN', 'This is signed work: sign in as a user.');
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow ${permission}.`);
  return actor.id;
}

/**
 * Reviewers work on claims assigned to them or to nobody; editors and admins on any claim.
 * Someone else's claim is FORBIDDEN, naming who has it.
 */
export async function assertClaimOpenTo(tx: DbExecutor, actor: Actor, claimId: string): Promise<void> {
  if (can(actor.role, 'claim:assign')) return;
  const assignee = await findAssignee(tx, claimId);
  if (assignee && assignee.id !== actor.id)
    throw new AppError('FORBIDDEN', `${assignee.name} has this claim; ask an editor to reassign it.`);
}

type Change = Record<string, unknown>;

/** Records who did what to a claim, with the values before and after, in the caller's transaction. */
export function auditClaim(
  tx: DbExecutor,
  actor: Actor,
  action: string,
  claimId: string,
  change: { before?: Change; after?: Change },
): Promise<void> {
  // JSON round trip: dates become strings and undefined fields drop, as the audit column stores them.
  const json = (value: Change | undefined) =>
    value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as AuditEntry['after']);
  return recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.label,
    action,
    entityType: 'claim',
    entityId: claimId,
    before: json(change.before),
    after: json(change.after),
  });
}
