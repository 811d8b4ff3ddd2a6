import { ZGroupIdOutput, ZMergeGroupsInput } from '@claimledger/contracts';
import { mergeGroups } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const mergeGroupsProcedure = requirePermission('claim:review')
  .input(ZMergeGroupsInput)
  .output(ZGroupIdOutput)
  .mutation(({ ctx, input }) => mergeGroups(ctx.db, ctx.actor, input));
