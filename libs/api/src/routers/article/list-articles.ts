import { ZArticleListInput, ZArticleSummary } from '@claimledger/contracts';
import { listArticles } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listArticlesProcedure = requirePermission('claim:read')
  .input(ZArticleListInput)
  .output(z.array(ZArticleSummary))
  .query(({ ctx, input }) => listArticles(ctx.db, input));
