import { ZIngestUrlInput, ZIngestUrlResult } from '@claimledger/contracts';
import { submitUrlIngest } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const ingestUrlProcedure = requirePermission('article:ingest')
  .input(ZIngestUrlInput)
  .output(ZIngestUrlResult)
  .mutation(({ ctx, input }) =>
    submitUrlIngest(ctx.db, input, { runner: ctx.ingestRunner, allowPrivateHosts: ctx.allowPrivateHosts ?? false }),
  );
