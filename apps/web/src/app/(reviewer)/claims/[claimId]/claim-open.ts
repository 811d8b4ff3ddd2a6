import { can, type Role } from '@claimledger/domain';

/**
 * Whether the signed-in user may work on the claim, as the services rule it: reviewers on
 * claims assigned to them or to nobody, editors and admins on any. What they may not do is not shown.
 */
export function mayWorkOn(me: { id: string | null; role: Role } | null, claim: { assignee: { id: string } | null }): boolean {
  if (!me?.id || !can(me.role, 'claim:review')) return false;
  return can(me.role, 'claim:assign') || claim.assignee === null || claim.assignee.id === me.id;
}
