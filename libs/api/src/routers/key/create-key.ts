import { createApiKey } from '@claimledger/auth';
import { ZCreateApiKeyInput, ZCreatedApiKey } from '@claimledger/contracts';
import { requirePermission } from '../../trpc';

export const createKeyProcedure = requirePermission('key:manage')
  .input(ZCreateApiKeyInput)
  .output(ZCreatedApiKey)
  .mutation(({ ctx, input }) => createApiKey(ctx.db, ctx.actor, input));
