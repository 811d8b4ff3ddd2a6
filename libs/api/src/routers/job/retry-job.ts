import { ZJobActionInput, ZJobActionResult } from '@claimledger/contracts';
import { retryJob } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const retryJobProcedure = requirePermission('job:manage')
  .input(ZJobActionInput)
  .output(ZJobActionResult)
  .mutation(({ ctx, input }) => retryJob(ctx.jobs, ctx.actor, input));
