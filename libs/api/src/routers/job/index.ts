import { router } from '../../trpc';
import { cancelJobProcedure } from './cancel-job';
import { jobsOverviewProcedure } from './jobs-overview';
import { retryJobProcedure } from './retry-job';

export const jobRouter = router({
  overview: jobsOverviewProcedure,
  retry: retryJobProcedure,
  cancel: cancelJobProcedure,
});
