import { ZApproveReviewInput, ZReview } from '@claimledger/contracts';
import { approveReview } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const approveReviewProcedure = requirePermission('claim:approve')
  .input(ZApproveReviewInput)
  .output(ZReview)
  .mutation(({ ctx, input }) => approveReview(ctx.db, ctx.actor, input));
