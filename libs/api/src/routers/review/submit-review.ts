import { ZReview, ZSubmitReviewInput } from '@claimledger/contracts';
import { submitReview } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const submitReviewProcedure = requirePermission('claim:review')
  .input(ZSubmitReviewInput)
  .output(ZReview)
  .mutation(({ ctx, input }) => submitReview(ctx.db, ctx.actor, input));
