export { ZId, ZIsoDate } from './common';
export {
  INGEST_SOURCES,
  MAX_ARTICLE_BYTES,
  ZArticle,
  ZArticleIdInput,
  ZArticleListInput,
  ZArticleSummary,
  ZIngestArticleInput,
  ZIngestResult,
} from './article';
export type { TArticle, TArticleSummary, TIngestArticleInput, TIngestArticleParsed, TIngestResult } from './article';
export { ZClaim, ZClaimIdInput, ZClaimKind, ZMoveClaimStateInput, ZWorkflowState } from './claim';
export type { TClaim, TMoveClaimStateInput } from './claim';
export { ZExtractRequest, ZExtractResponse, ZExtractedClaim } from './extraction';
export type { TExtractRequest, TExtractResponse, TExtractedClaim } from './extraction';
export { ZCreateUserInput, ZRole, ZSignInInput, ZUser } from './user';
export type { TCreateUserInput, TSignInInput, TUser } from './user';
export { parseInput } from './parse-input';
export { ZApproveReviewInput, ZReview, ZReviewState, ZSendBackReviewInput, ZSubmitReviewInput, ZVerdictLabel } from './review';
export type { TApproveReviewInput, TReview, TSendBackReviewInput, TSubmitReviewInput, TVerdictLabel } from './review';
