import { ZApplyVerdictInput, ZReview } from '@claimledger/contracts';
import { applyPriorVerdict } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const applyPriorVerdictProcedure = requirePermission('claim:review')
  .input(ZApplyVerdictInput)
  .output(ZReview)
  .mutation(({ ctx, input }) => applyPriorVerdict(ctx.db, ctx.actor, input));
