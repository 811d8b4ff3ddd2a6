import { ZCreateWebhookInput, ZWebhook } from '@claimledger/contracts';
import { registerWebhook } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const createWebhookProcedure = requirePermission('key:manage')
  .input(ZCreateWebhookInput)
  .output(ZWebhook)
  .mutation(({ ctx, input }) => registerWebhook(ctx.db, ctx.actor, input));
