import { ZArticleListInput, ZArticleSummary } from '@claimledger/contracts';
import { listArticles } from '@claimledger/services';
import { z } from 'zod';
import { publicProcedure } from '../../trpc';

export const listArticlesProcedure = publicProcedure
  .input(ZArticleListInput)
  .output(z.array(ZArticleSummary))
  .query(({ ctx, input }) => listArticles(ctx.db, input));
