import { ZAddCitationInput, ZCitation } from '@claimledger/contracts';
import { attachCitation } from '@claimledger/services';
import { requirePermission } from '../../trpc';

/** Stores the citation and queues its source for archiving; the response does not wait for the fetch. */
export const addCitationProcedure = requirePermission('claim:review')
  .input(ZAddCitationInput)
  .output(ZCitation)
  .mutation(async ({ ctx, input }) => {
    const citation = await attachCitation(ctx.db, ctx.actor, input);
    ctx.archiveQueue.enqueue(citation.id);
    return citation;
  });
