import { ZMatchSettings } from '@claimledger/contracts';
import { getMatchSettings } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const getMatchSettingsProcedure = requirePermission('claim:read')
  .output(ZMatchSettings)
  .query(({ ctx }) => getMatchSettings(ctx.db, ctx.actor));
