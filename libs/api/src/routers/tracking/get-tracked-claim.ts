import { ZTrackedClaim, ZTrackedClaimIdInput } from '@claimledger/contracts';
import { getTrackedClaim } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getTrackedClaimProcedure = requirePermission('claim:read')
  .input(ZTrackedClaimIdInput)
  .output(ZTrackedClaim)
  .query(({ ctx, input }) => getTrackedClaim(ctx.db, input.id, ctx.publicUrl ?? ''));
