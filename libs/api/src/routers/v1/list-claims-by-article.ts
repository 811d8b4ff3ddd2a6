import { ZClaimStatusList, ZClaimsByArticleUrlInput } from '@claimledger/contracts';
import { listClaimsByArticleUrl } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const listClaimsByArticleProcedure = apiKeyProcedure('claims:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/v1/claims',
      tags: ['claims'],
      summary: 'Claims of the article at a URL, with their status',
      protect: true,
    },
  })
  .input(ZClaimsByArticleUrlInput)
  .output(ZClaimStatusList)
  .query(async ({ ctx, input }) => ({ items: await listClaimsByArticleUrl(ctx.db, input, ctx.publicUrl) }));
