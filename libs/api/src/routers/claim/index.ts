import { router } from '../../trpc';
import { assignClaimProcedure } from './assign-claim';
import { claimAuditProcedure } from './claim-audit';
import { getClaimProcedure } from './get-claim';
import { listAssigneesProcedure } from './list-assignees';
import { listClaimsProcedure } from './list-claims';
import { moveClaimStateProcedure } from './move-claim-state';
import { updateClaimFieldsProcedure } from './update-claim-fields';

export const claimRouter = router({
  get: getClaimProcedure,
  list: listClaimsProcedure,
  moveState: moveClaimStateProcedure,
  updateFields: updateClaimFieldsProcedure,
  assign: assignClaimProcedure,
  assignees: listAssigneesProcedure,
  audit: claimAuditProcedure,
});
