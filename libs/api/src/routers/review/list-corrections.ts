import { ZClaimIdInput, ZCorrection } from '@claimledger/contracts';
import { listClaimCorrections } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listCorrectionsProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(z.array(ZCorrection))
  .query(({ ctx, input }) => listClaimCorrections(ctx.db, input.id));
