import { ZClaim, ZClaimIdInput } from '@claimledger/contracts';
import { getClaim } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getClaimProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(ZClaim)
  .query(({ ctx, input }) => getClaim(ctx.db, input.id));
