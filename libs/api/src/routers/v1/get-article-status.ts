import { ZArticleIdInput, ZArticleStatus } from '@claimledger/contracts';
import { getArticleStatus } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const getArticleStatusProcedure = apiKeyProcedure('articles:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/v1/articles/{id}',
      tags: ['articles'],
      summary: 'An article with its claims and their status',
      protect: true,
    },
  })
  .input(ZArticleIdInput)
  .output(ZArticleStatus)
  .query(({ ctx, input }) => getArticleStatus(ctx.db, input.id, ctx.publicUrl));
