import { ZArticle, ZArticleIdInput } from '@claimledger/contracts';
import { getArticle } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getArticleProcedure = requirePermission('claim:read')
  .input(ZArticleIdInput)
  .output(ZArticle)
  .query(({ ctx, input }) => getArticle(ctx.db, input.id));
