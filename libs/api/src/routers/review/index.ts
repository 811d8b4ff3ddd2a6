import { router } from '../../trpc';
import { approveReviewProcedure } from './approve-review';
import { correctVerdictProcedure } from './correct-verdict';
import { listCorrectionsProcedure } from './list-corrections';
import { listClaimReviewsProcedure } from './list-claim-reviews';
import { listVerdictLabelsProcedure } from './list-verdict-labels';
import { sendBackReviewProcedure } from './send-back-review';
import { submitReviewProcedure } from './submit-review';

export const reviewRouter = router({
  verdictLabels: listVerdictLabelsProcedure,
  forClaim: listClaimReviewsProcedure,
  submit: submitReviewProcedure,
  approve: approveReviewProcedure,
  sendBack: sendBackReviewProcedure,
  correct: correctVerdictProcedure,
  corrections: listCorrectionsProcedure,
});
