import { findAssignee, type DbExecutor } from '@claimledger/db';
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
