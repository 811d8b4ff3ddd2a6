import { ZIngestArticleInput, ZIngestResult } from '@claimledger/contracts';
import { submitArticleIngest } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const ingestArticleProcedure = requirePermission('article:ingest')
  .input(ZIngestArticleInput)
  .output(ZIngestResult)
  .mutation(({ ctx, input }) => submitArticleIngest(ctx.db, input, { runner: ctx.ingestRunner }));
