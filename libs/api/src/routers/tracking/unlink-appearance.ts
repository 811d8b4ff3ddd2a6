import { ZGroupIdOutput, ZUnlinkAppearanceInput } from '@claimledger/contracts';
import { unlinkAppearance } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const unlinkAppearanceProcedure = requirePermission('claim:review')
  .input(ZUnlinkAppearanceInput)
  .output(ZGroupIdOutput)
  .mutation(({ ctx, input }) => unlinkAppearance(ctx.db, ctx.actor, input));
