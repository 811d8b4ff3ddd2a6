import { ZCitation, ZClaimIdInput } from '@claimledger/contracts';
import { listClaimCitations } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const listCitationsProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(z.array(ZCitation))
  .query(({ ctx, input }) => listClaimCitations(ctx.db, input.id));
