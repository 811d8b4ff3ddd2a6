import { ZClaim, ZMoveClaimStateInput } from '@claimledger/contracts';
import { moveClaimState } from '@claimledger/services';
import { publicProcedure } from '../../trpc';

export const moveClaimStateProcedure = publicProcedure
  .input(ZMoveClaimStateInput)
  .output(ZClaim)
  .mutation(({ ctx, input }) => moveClaimState(ctx.db, ctx.actor, input));
