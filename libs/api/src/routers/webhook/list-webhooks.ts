import { ZWebhook } from '@claimledger/contracts';
import { listWebhooks } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listWebhooksProcedure = requirePermission('key:manage')
  .output(z.array(ZWebhook))
  .query(({ ctx }) => listWebhooks(ctx.db, ctx.actor));
