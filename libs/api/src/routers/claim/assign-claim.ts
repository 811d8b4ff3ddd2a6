import { ZAssignClaimInput, ZClaimDetail } from '@claimledger/contracts';
import { assignClaim } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const assignClaimProcedure = requirePermission('claim:review')
  .input(ZAssignClaimInput)
  .output(ZClaimDetail)
  .mutation(({ ctx, input }) => assignClaim(ctx.db, ctx.actor, input));
