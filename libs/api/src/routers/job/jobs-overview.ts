import { ZJobsOverview } from '@claimledger/contracts';
import { getJobsOverview } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const jobsOverviewProcedure = requirePermission('job:manage')
  .output(ZJobsOverview)
  .query(({ ctx }) => getJobsOverview(ctx.jobs, ctx.actor));
