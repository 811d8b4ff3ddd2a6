import { ZClaimIdInput, ZClaimStatus } from '@claimledger/contracts';
import { getClaimStatus } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const getClaimStatusProcedure = apiKeyProcedure('claims:read')
  .meta({
    openapi: {
      method: 'GET',
      path: '/v1/claims/{id}',
      tags: ['claims'],
      summary: 'A claim’s status; verdict, rationale, citations and ClaimReview URL once published',
      protect: true,
    },
  })
  .input(ZClaimIdInput)
  .output(ZClaimStatus)
  .query(({ ctx, input }) => getClaimStatus(ctx.db, input.id, ctx.publicUrl));
