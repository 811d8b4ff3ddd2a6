import { ZUpdateVerdictLabelInput, ZVerdictLabel } from '@claimledger/contracts';
import { editVerdictLabel } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const editLabelProcedure = requirePermission('scale:manage')
  .input(ZUpdateVerdictLabelInput)
  .output(ZVerdictLabel)
  .mutation(({ ctx, input }) => editVerdictLabel(ctx.db, ctx.actor, input));
