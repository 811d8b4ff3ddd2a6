import { ZAuditEvent, ZClaimIdInput } from '@claimledger/contracts';
import { listClaimAudit } from '@claimledger/services';
import { z } from 'zod';
import { requirePermission } from '../../trpc';

export const claimAuditProcedure = requirePermission('claim:read')
  .input(ZClaimIdInput)
  .output(z.array(ZAuditEvent))
  .query(({ ctx, input }) => listClaimAudit(ctx.db, input.id));
