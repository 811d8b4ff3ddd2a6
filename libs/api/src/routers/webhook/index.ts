import { router } from '../../trpc';
import { createWebhookProcedure } from './create-webhook';
import { deactivateWebhookProcedure } from './deactivate-webhook';
import { listWebhooksProcedure } from './list-webhooks';

export const webhookRouter = router({
  list: listWebhooksProcedure,
  create: createWebhookProcedure,
  deactivate: deactivateWebhookProcedure,
});
