import { ZClaimLookupInput, ZClaimMatchList } from '@claimledger/contracts';
import { lookupClaimsByMeaning } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const lookupClaimsProcedure = apiKeyProcedure('claims:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/v1/claims/lookup',
      tags: ['claims'],
      summary: 'Claims that state the same thing in any words: ranked with a score, their tracked claim, status and verdict',
      description:
        'Candidates come from full-text and trigram search over stored claims and imported fact-checks; the claim matcher ranks them (score 0..1, valueChange when the number differs). One result per tracked claim. 400 for an empty or over-long text.',
      protect: true,
    },
  })
  .input(ZClaimLookupInput)
  .output(ZClaimMatchList)
  .query(async ({ ctx, input }) => ({ items: await lookupClaimsByMeaning(ctx.db, input, ctx.publicUrl) }));
