import { revokeApiKey } from '@claimledger/auth';
import { ZApiKey, ZApiKeyIdInput } from '@claimledger/contracts';
import { requirePermission } from '../../trpc';

export const revokeKeyProcedure = requirePermission('key:manage')
  .input(ZApiKeyIdInput)
  .output(ZApiKey)
  .mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.actor, input.id));
