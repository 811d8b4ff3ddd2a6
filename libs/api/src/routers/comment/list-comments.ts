import { ZClaimIdInput, ZComment } from '@claimledger/contracts';
import { listClaimComments } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listCommentsProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(z.array(ZComment))
  .query(({ ctx, input }) => listClaimComments(ctx.db, input.id));
