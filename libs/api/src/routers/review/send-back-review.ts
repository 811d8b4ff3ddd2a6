import { ZReview, ZSendBackReviewInput } from '@claimledger/contracts';
import { sendBackReview } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const sendBackReviewProcedure = requirePermission('claim:approve')
  .input(ZSendBackReviewInput)
  .output(ZReview)
  .mutation(({ ctx, input }) => sendBackReview(ctx.db, ctx.actor, input));
