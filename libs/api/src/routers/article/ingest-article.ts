import { ZIngestArticleInput, ZIngestResult } from '@claimledger/contracts';
import { ingestArticle } from '@claimledger/services';
import { publicProcedure } from '../../trpc';

export const ingestArticleProcedure = publicProcedure
  .input(ZIngestArticleInput)
  .output(ZIngestResult)
  .mutation(({ ctx, input }) => ingestArticle(ctx.db, input));
