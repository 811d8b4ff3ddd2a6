import { ZClaimIdInput, ZClaimTracking } from '@claimledger/contracts';
import { getClaimTracking } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getClaimTrackingProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(ZClaimTracking)
  .query(({ ctx, input }) => getClaimTracking(ctx.db, input.id, ctx.publicUrl ?? ''));
