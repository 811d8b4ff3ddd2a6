import { ZArticle, ZArticleIdInput } from '@claimledger/contracts';
import { getArticle } from '@claimledger/services';
import { publicProcedure } from '../../trpc';

export const getArticleProcedure = publicProcedure
  .input(ZArticleIdInput)
  .output(ZArticle)
  .query(({ ctx, input }) => getArticle(ctx.db, input.id));
