import { ZPersonRef } from '@claimledger/contracts';
import { listAssignees } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listAssigneesProcedure = requirePermission('claim:read')
  .output(z.array(ZPersonRef))
  .query(({ ctx }) => listAssignees(ctx.db));
