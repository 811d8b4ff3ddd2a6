import { ZImportClaimReviewsInput, ZImportClaimReviewsResult } from '@claimledger/contracts';
import { importClaimReviews } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const importClaimReviewsProcedure = requirePermission('scale:manage')
  .input(ZImportClaimReviewsInput)
  .output(ZImportClaimReviewsResult)
  .mutation(({ ctx, input }) => importClaimReviews(ctx.db, ctx.actor, input));
