import { router } from '../../trpc';
import { getArticleStatusProcedure } from './get-article-status';
import { getClaimStatusProcedure } from './get-claim-status';
import { ingestArticleUrlProcedure } from './ingest-article-url';
import { listClaimsByArticleProcedure } from './list-claims-by-article';
import { lookupClaimsProcedure } from './lookup-claims';
import { matchClaimsProcedure } from './match-claims';
import { registerWebhookProcedure } from './register-webhook';

/**
 * The consumer API: tRPC procedures that also have a REST path (see rest-handler.ts).
 * REST paths match in this order, so /v1/claims/lookup comes before /v1/claims/{id}.
 */
export const v1Router = router({
  lookupClaims: lookupClaimsProcedure,
  matchClaims: matchClaimsProcedure,
  claimStatus: getClaimStatusProcedure,
  claimsByArticleUrl: listClaimsByArticleProcedure,
  articleStatus: getArticleStatusProcedure,
  ingestArticleUrl: ingestArticleUrlProcedure,
  registerWebhook: registerWebhookProcedure,
});
