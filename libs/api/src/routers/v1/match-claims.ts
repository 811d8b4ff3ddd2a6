import { ZMatchClaimsInput, ZMatchClaimsOutput } from '@claimledger/contracts';
import { matchClaims } from '@claimledger/services';
import { apiKeyProcedure } from '../../trpc';

export const matchClaimsProcedure = apiKeyProcedure('claims:read')
  .meta({
    openapi: {
      method: 'POST',
      path: '/v1/claims/match',
      tags: ['claims'],
      summary: 'Match up to 100 texts in one call, each with its ranked claims, tracked claim and verdict',
      description: '400 for no texts, more than 100 texts, or an empty or over-long text (the message names which).',
      protect: true,
    },
  })
  .input(ZMatchClaimsInput)
  .output(ZMatchClaimsOutput)
  .mutation(({ ctx, input }) => matchClaims(ctx.db, input, ctx.publicUrl));
