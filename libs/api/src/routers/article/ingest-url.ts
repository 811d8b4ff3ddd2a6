import { ZIngestUrlInput, ZIngestUrlResult } from '@claimledger/contracts';
import { ingestFromUrl } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const ingestUrlProcedure = requirePermission('article:ingest')
  .input(ZIngestUrlInput)
  .output(ZIngestUrlResult)
  .mutation(({ ctx, input }) => ingestFromUrl(ctx.db, input, { allowPrivateHosts: ctx.allowPrivateHosts ?? false }));
