import { ZDashboard, ZDashboardInput } from '@claimledger/contracts';
import { getDashboard } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getDashboardProcedure = requirePermission('claim:approve')
  .input(ZDashboardInput)
  .output(ZDashboard)
  .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor, input));
