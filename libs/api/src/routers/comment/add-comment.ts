import { ZAddCommentInput, ZComment } from '@claimledger/contracts';
import { addComment } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const addCommentProcedure = requirePermission('claim:review')
  .input(ZAddCommentInput)
  .output(ZComment)
  .mutation(({ ctx, input }) => addComment(ctx.db, ctx.actor, input));
