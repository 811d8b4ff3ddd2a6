import { ZClaim, ZClaimIdInput } from '@claimledger/contracts';
import { getClaim } from '@claimledger/services';
import { publicProcedure } from '../../trpc';

export const getClaimProcedure = publicProcedure
  .input(ZClaimIdInput)
  .output(ZClaim)
  .query(({ ctx, input }) => getClaim(ctx.db, input.id));
