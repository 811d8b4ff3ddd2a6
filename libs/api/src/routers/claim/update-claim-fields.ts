import { ZClaim, ZUpdateClaimFieldsInput } from '@claimledger/contracts';
import { updateClaimFields } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const updateClaimFieldsProcedure = requirePermission('claim:review')
  .input(ZUpdateClaimFieldsInput)
  .output(ZClaim)
  .mutation(({ ctx, input }) => updateClaimFields(ctx.db, ctx.actor, input));
