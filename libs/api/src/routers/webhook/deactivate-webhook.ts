import { ZWebhookIdInput } from '@claimledger/contracts';
import { deactivateWebhook } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const deactivateWebhookProcedure = requirePermission('key:manage')
  .input(ZWebhookIdInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await deactivateWebhook(ctx.db, ctx.actor, input.id);
    return { ok: true as const };
  });
