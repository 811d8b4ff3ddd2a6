import { router } from '../../trpc';
import { applyPriorVerdictProcedure } from './apply-prior-verdict';
import { decideSuggestionProcedure } from './decide-suggestion';
import { getClaimTrackingProcedure } from './get-claim-tracking';
import { getMatchSettingsProcedure } from './get-match-settings';
import { getTrackedClaimProcedure } from './get-tracked-claim';
import { importClaimReviewsProcedure } from './import-claim-reviews';
import { listSuggestionsProcedure } from './list-suggestions';
import { mergeGroupsProcedure } from './merge-groups';
import { splitGroupProcedure } from './split-group';
import { unlinkAppearanceProcedure } from './unlink-appearance';
import { updateMatchSettingsProcedure } from './update-match-settings';

export const trackingRouter = router({
  trackedClaim: getTrackedClaimProcedure,
  claimTracking: getClaimTrackingProcedure,
  suggestions: listSuggestionsProcedure,
  decideSuggestion: decideSuggestionProcedure,
  merge: mergeGroupsProcedure,
  split: splitGroupProcedure,
  unlink: unlinkAppearanceProcedure,
  applyPriorVerdict: applyPriorVerdictProcedure,
  settings: getMatchSettingsProcedure,
  updateSettings: updateMatchSettingsProcedure,
  importClaimReviews: importClaimReviewsProcedure,
});
