import { ZExportFile, ZRequestExportInput } from '@claimledger/contracts';
import { requestExportFile } from '@claimledger/services';
import { requirePermission } from '../../trpc';

/** A report prepared by a worker (the `export` job); poll `export.status` for its link. */
export const requestExportProcedure = requirePermission('report:export')
  .input(ZRequestExportInput)
  .output(ZExportFile)
  .mutation(({ ctx, input }) =>
    requestExportFile(ctx.db, ctx.exportQueue, ctx.actor, input, { env: ctx.publishing, publicUrl: ctx.publicUrl }),
  );
