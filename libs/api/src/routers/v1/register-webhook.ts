import { ZCreateWebhookInput, ZWebhook } from '@claimledger/contracts';
import { registerWebhookFor } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const registerWebhookProcedure = apiKeyProcedure('webhooks:manage')
  .meta({
    openapi: {
      method: 'POST',
      path: '/v1/webhooks',
      tags: ['webhooks'],
      summary: 'Register a receiver for claim.published / verdict.corrected; returns its signing secret',
      protect: true,
    },
  })
  .input(ZCreateWebhookInput)
  .output(ZWebhook)
  .mutation(({ ctx, input }) => registerWebhookFor(ctx.db, ctx.apiKeyOwnerId, input));
