import { ZVerdictLabel } from '@claimledger/contracts';
import { listVerdictLabels } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listVerdictLabelsProcedure = requirePermission('claim:read')
  .output(z.array(ZVerdictLabel))
  .query(({ ctx }) => listVerdictLabels(ctx.db));
