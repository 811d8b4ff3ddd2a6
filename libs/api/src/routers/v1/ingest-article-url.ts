import { ZIngestUrlInput, ZIngestUrlResult } from '@claimledger/contracts';
import { submitUrlIngest } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const ingestArticleUrlProcedure = apiKeyProcedure('articles:ingest')
  .meta({
    openapi: {
      method: 'POST',
      path: '/v1/articles',
      tags: ['articles'],
      summary: 'Fetch the article at a URL, extract its claims (a known URL whose text changed gets a new version)',
      protect: true,
    },
  })
  .input(ZIngestUrlInput)
  .output(ZIngestUrlResult)
  .mutation(({ ctx, input }) =>
    submitUrlIngest(ctx.db, input, { runner: ctx.ingestRunner, allowPrivateHosts: ctx.allowPrivateHosts ?? false }),
  );
