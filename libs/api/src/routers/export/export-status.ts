import { ZExportFile, ZExportFileIdInput } from '@claimledger/contracts';
import { getExportFile } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const exportStatusProcedure = requirePermission('report:export')
  .input(ZExportFileIdInput)
  .output(ZExportFile)
  .query(({ ctx, input }) => getExportFile(ctx.db, ctx.actor, input));
