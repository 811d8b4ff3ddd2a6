import { ZClaimIdInput, ZReview } from '@claimledger/contracts';
import { listClaimReviews } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listClaimReviewsProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(z.array(ZReview))
  .query(({ ctx, input }) => listClaimReviews(ctx.db, input.id));
