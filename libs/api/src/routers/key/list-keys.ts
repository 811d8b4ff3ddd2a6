import { listApiKeys } from '@claimledger/auth';
import { ZApiKey } from '@claimledger/contracts';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listKeysProcedure = requirePermission('key:manage')
  .output(z.array(ZApiKey))
  .query(({ ctx }) => listApiKeys(ctx.db, ctx.actor));
