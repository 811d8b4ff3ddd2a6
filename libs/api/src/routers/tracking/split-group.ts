import { ZGroupIdOutput, ZSplitGroupInput } from '@claimledger/contracts';
import { splitGroup } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const splitGroupProcedure = requirePermission('claim:review')
  .input(ZSplitGroupInput)
  .output(ZGroupIdOutput)
  .mutation(({ ctx, input }) => splitGroup(ctx.db, ctx.actor, input));
