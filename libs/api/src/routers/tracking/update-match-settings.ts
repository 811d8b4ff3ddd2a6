import { ZMatchSettings, ZUpdateMatchSettingsInput } from '@claimledger/contracts';
import { updateMatchSettings } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const updateMatchSettingsProcedure = requirePermission('scale:manage')
  .input(ZUpdateMatchSettingsInput)
  .output(ZMatchSettings)
  .mutation(({ ctx, input }) => updateMatchSettings(ctx.db, ctx.actor, input));
