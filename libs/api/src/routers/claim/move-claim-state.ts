import { ZClaim, ZMoveClaimStateInput } from '@claimledger/contracts';
import { moveClaimState } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const moveClaimStateProcedure = requirePermission('claim:review')
  .input(ZMoveClaimStateInput)
  .output(ZClaim)
  .mutation(({ ctx, input }) => moveClaimState(ctx.db, ctx.actor, input));
