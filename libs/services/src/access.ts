import { AppError, can, type Actor, type Permission } from '@claimledger/domain';

/** The signed-in user's id when their role grants `permission`; signed work needs a real user. */
export function requireUser(actor: Actor, permission: Permission): string {
  if (!actor.id) throw new AppError('FORBIDDEN', 'This is signed work: sign in as a user.');
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow ${permission}.`);
  return actor.id;
}
