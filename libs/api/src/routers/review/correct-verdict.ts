import { ZCorrectVerdictInput, ZCorrection } from '@claimledger/contracts';
import { correctVerdict } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const correctVerdictProcedure = requirePermission('claim:approve')
  .input(ZCorrectVerdictInput)
  .output(ZCorrection)
  .mutation(({ ctx, input }) => correctVerdict(ctx.db, ctx.actor, input));
