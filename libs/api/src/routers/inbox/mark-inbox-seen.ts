import { ZInboxCount } from '@claimledger/contracts';
import { markInboxSeen } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const markInboxSeenProcedure = requirePermission('claim:read')
  .input(z.void())
  .output(ZInboxCount)
  .mutation(({ ctx }) => markInboxSeen(ctx.db, ctx.actor));
