import { ZAddVerdictLabelInput, ZVerdictLabel } from '@claimledger/contracts';
import { addVerdictLabel } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const addLabelProcedure = requirePermission('scale:manage')
  .input(ZAddVerdictLabelInput)
  .output(ZVerdictLabel)
  .mutation(({ ctx, input }) => addVerdictLabel(ctx.db, ctx.actor, input));
