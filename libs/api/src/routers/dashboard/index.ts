import { router } from '../../trpc';
import { getDashboardProcedure } from './get-dashboard';

export const dashboardRouter = router({
  get: getDashboardProcedure,
});
