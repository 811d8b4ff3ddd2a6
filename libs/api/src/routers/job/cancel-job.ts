import { ZJobActionInput, ZJobActionResult } from '@claimledger/contracts';
import { cancelJob } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const cancelJobProcedure = requirePermission('job:manage')
  .input(ZJobActionInput)
  .output(ZJobActionResult)
  .mutation(({ ctx, input }) => cancelJob(ctx.jobs, ctx.actor, input));
