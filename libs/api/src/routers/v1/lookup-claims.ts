import { ZClaimLookupInput, ZClaimStatusList } from '@claimledger/contracts';
import { lookupClaims } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const lookupClaimsProcedure = apiKeyProcedure('claims:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/v1/claims/lookup',
      tags: ['claims'],
      summary: 'Claims whose text matches, with their status',
      protect: true,
    },
  })
  .input(ZClaimLookupInput)
  .output(ZClaimStatusList)
  .query(async ({ ctx, input }) => ({ items: await lookupClaims(ctx.db, input, ctx.publicUrl) }));
