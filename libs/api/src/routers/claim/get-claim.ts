import { ZClaimDetail, ZClaimIdInput } from '@claimledger/contracts';
import { getClaimDetail } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getClaimProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(ZClaimDetail)
  .query(({ ctx, input }) => getClaimDetail(ctx.db, input.id));
