import { ZIngestArticleInput, ZIngestResult } from '@claimledger/contracts';
import { ingestArticle } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const ingestArticleProcedure = requirePermission('article:ingest')
  .input(ZIngestArticleInput)
  .output(ZIngestResult)
  .mutation(({ ctx, input }) => ingestArticle(ctx.db, input));
