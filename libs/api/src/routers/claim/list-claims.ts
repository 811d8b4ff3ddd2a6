import { ZClaimList, ZClaimListInput } from '@claimledger/contracts';
import { listClaims } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const listClaimsProcedure = requirePermission('claim:read')
  .input(ZClaimListInput)
  .output(ZClaimList)
  .query(({ ctx, input }) => listClaims(ctx.db, ctx.actor, input));
