import { ZArchivedCopy, ZCitationIdInput } from '@claimledger/contracts';
import { getArchivedCopy } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const archivedCopyProcedure = requirePermission('claim:read')
  .input(ZCitationIdInput)
  .output(ZArchivedCopy)
  .query(({ ctx, input }) => getArchivedCopy(ctx.db, input.id));
