import { router } from '../../trpc';
import { getClaimProcedure } from './get-claim';
import { moveClaimStateProcedure } from './move-claim-state';

export const claimRouter = router({
  get: getClaimProcedure,
  moveState: moveClaimStateProcedure,
});
