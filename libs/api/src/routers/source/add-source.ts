import { ZAddSourceInput, ZSourceHealth } from '@claimledger/contracts';
import { addSource } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const addSourceProcedure = requirePermission('source:manage')
  .input(ZAddSourceInput)
  .output(z.object({ source: ZSourceHealth, created: z.boolean() }))
  .mutation(({ ctx, input }) => addSource(ctx.db, ctx.actor, input));
