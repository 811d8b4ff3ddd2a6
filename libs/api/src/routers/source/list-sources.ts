import { ZSourceHealth } from '@claimledger/contracts';
import { listSources } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listSourcesProcedure = requirePermission('source:manage')
  .output(z.array(ZSourceHealth))
  .query(({ ctx }) => listSources(ctx.db));
