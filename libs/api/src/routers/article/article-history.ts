import { ZArticleHistory, ZArticleIdInput } from '@claimledger/contracts';
import { getArticleHistory } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const articleHistoryProcedure = requirePermission('claim:read')
  .input(ZArticleIdInput)
  .output(ZArticleHistory)
  .query(({ ctx, input }) => getArticleHistory(ctx.db, input.id));
