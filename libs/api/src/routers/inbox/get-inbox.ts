import { ZInbox } from '@claimledger/contracts';
import { getInbox } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const getInboxProcedure = requirePermission('claim:read')
  .input(z.void())
  .output(ZInbox)
  .query(({ ctx }) => getInbox(ctx.db, ctx.actor));
