export { ZId, ZIsoDate } from './common';
export { findUnsafeText } from './safe-text';
export type { UnsafeText } from './safe-text';
export {
  EARLIEST_ACCESSED,
  EARLIEST_PUBLISHED,
  EARLIEST_SCOPE_DAY,
  LATEST_SCOPE_DAY,
  ZAccessedAt,
  ZPublishedAt,
  ZScopeDay,
  isPlausibleAccessedAt,
  isPlausibleScopeDay,
  isPlausiblePublishedAt,
  readableDate,
} from './dates';
export {
  INGEST_SOURCES,
  MAX_ARTICLE_BYTES,
  ZArticle,
  ZArticleIdInput,
  ZArticleListInput,
  ZArticleSummary,
  ZIngestArticleInput,
  ZIngestResult,
  ZIngestUrlInput,
  ZIngestUrlResult,
  ZArticleHistory,
  ZArticleVersion,
} from './article';
export type {
  TArticle,
  TArticleHistory,
  TArticleListInput,
  TArticleSummary,
  TIngestArticleInput,
  TIngestArticleParsed,
  TIngestResult,
  TIngestUrlInput,
  TIngestUrlResult,
} from './article';
export { ZAddSourceInput, ZSourceHealth, ZSourceIdInput, ZPollResult, parseInterval } from './source';
export type { TAddSourceInput, TPollResult, TSourceHealth } from './source';
export {
  CLAIM_COUNT_CAP,
  ZAssignClaimInput,
  ZClaim,
  ZClaimDetail,
  ZClaimFields,
  ZClaimIdInput,
  ZClaimKind,
  ZClaimList,
  ZClaimListInput,
  ZMoveClaimStateInput,
  ZPersonRef,
  ZUpdateClaimFieldsInput,
  ZWorkflowState,
} from './claim';
export type {
  TAssignClaimInput,
  TClaim,
  TClaimDetail,
  TClaimFields,
  TClaimList,
  TClaimListFilter,
  TClaimListInput,
  TMoveClaimStateInput,
  TPersonRef,
  TUpdateClaimFieldsInput,
} from './claim';
export {
  STANCES,
  ZAddCitationInput,
  ZArchiveStatus,
  ZArchivedCopy,
  ZCitation,
  ZCitationIdInput,
  ZStance,
  ZTextQuoteSelector,
} from './citation';
export type { TAddCitationInput, TArchivedCopy, TCitation, TTextQuoteSelector } from './citation';
export { ZAddCommentInput, ZAuditEvent, ZClaimIdRef, ZComment } from './activity';
export type { TAddCommentInput, TAuditEvent, TComment } from './activity';
export { ZAddVerdictLabelInput, ZUpdateVerdictLabelInput, ZVerdictLabel, ZVerdictLabelFields } from './verdict';
export type { TAddVerdictLabelInput, TUpdateVerdictLabelInput, TVerdictLabel, TVerdictLabelFields } from './verdict';
export { ZExtractRequest, ZExtractResponse, ZExtractedClaim } from './extraction';
export type { TExtractRequest, TExtractResponse, TExtractedClaim } from './extraction';
export { ZCreateUserInput, ZRole, ZSignInInput, ZUser } from './user';
export type { TCreateUserInput, TSignInInput, TUser } from './user';
export { parseInput } from './parse-input';
export {
  ZApproveReviewInput,
  ZCorrectVerdictInput,
  ZCorrection,
  ZReview,
  ZReviewState,
  ZSendBackReviewInput,
  ZSubmitReviewInput,
} from './review';
export type {
  TApproveReviewInput,
  TCorrectVerdictInput,
  TCorrection,
  TReview,
  TSendBackReviewInput,
  TSubmitReviewInput,
} from './review';
export { EXPORT_FORMATS, ZExportFilter, ZExportFormat, ZExportRequest, ZReportClaim } from './report';
export type { TExportFilter, TExportFormat, TExportRequest, TReportClaim } from './report';
export { EXPORT_FILE_STATUSES, ZExportFile, ZExportFileIdInput, ZExportFileStatus, ZRequestExportInput } from './export-file';
export type { TExportFile, TExportFileIdInput, TExportFileStatus, TRequestExportInput } from './export-file';
export { ZPublishingEnv } from './publishing';
export type { TPublishingEnv } from './publishing';
export { ZApiKey, ZApiKeyIdInput, ZApiScope, ZCreateApiKeyInput, ZCreatedApiKey } from './api-key';
export type { TApiKey, TCreateApiKeyInput, TCreatedApiKey } from './api-key';
export {
  ZArticleStatus,
  ZClaimLookupInput,
  ZClaimStatus,
  ZClaimStatusList,
  ZClaimStatusRow,
  ZClaimsByArticleUrlInput,
} from './consumer';
export type { TArticleStatus, TClaimStatus, TClaimStatusList, TClaimStatusRow } from './consumer';
export {
  WEBHOOK_EVENTS,
  ZCreateWebhookInput,
  ZWebhook,
  ZWebhookDelivery,
  ZWebhookEvent,
  ZWebhookIdInput,
  ZWebhookPayload,
} from './webhook';
export type { TCreateWebhookInput, TWebhook, TWebhookDelivery, TWebhookEvent, TWebhookPayload } from './webhook';
export {
  MAX_MATCH_TEXT,
  MAX_MATCH_TEXTS,
  ZAppearance,
  ZApplyVerdictInput,
  ZClaimMatch,
  ZClaimMatchList,
  ZClaimTracking,
  ZDecideSuggestionInput,
  ZGroupIdOutput,
  ZImportClaimReviewsInput,
  ZImportClaimReviewsResult,
  ZImportedFactCheck,
  ZListSuggestionsInput,
  ZMatchClaimsInput,
  ZMatchClaimsOutput,
  ZMatchSettings,
  ZMatchSuggestion,
  ZMatchSuggestionList,
  ZMergeGroupsInput,
  ZPriorVerdict,
  ZSplitGroupInput,
  ZTrackedClaim,
  ZTrackedClaimIdInput,
  ZTrackedClaimRef,
  ZUnlinkAppearanceInput,
  ZUpdateMatchSettingsInput,
  ZVerdictHistoryEntry,
} from './tracking';
export type {
  TAppearance,
  TApplyVerdictInput,
  TClaimMatch,
  TClaimMatchList,
  TClaimTracking,
  TDecideSuggestionInput,
  TImportClaimReviewsResult,
  TImportedFactCheck,
  TMatchClaimsInput,
  TMatchClaimsOutput,
  TMatchSettings,
  TMatchSuggestion,
  TMergeGroupsInput,
  TPriorVerdict,
  TSplitGroupInput,
  TTrackedClaim,
  TTrackedClaimRef,
  TUnlinkAppearanceInput,
  TUpdateMatchSettingsInput,
  TVerdictHistoryEntry,
} from './tracking';
export { ZDashboard, ZDashboardInput } from './dashboard';
export type { TDashboard, TDashboardInput, TVerdictSeriesRow } from './dashboard';
export { INBOX_KINDS, ZInbox, ZInboxCount, ZInboxItem, ZInboxKind } from './inbox';
export type { TInbox, TInboxItem, TInboxKind } from './inbox';
export {
  JOB_NAMES,
  JOB_STATES,
  ZBulkArticleLine,
  ZJobActionInput,
  ZJobActionResult,
  ZJobCounts,
  ZJobFailure,
  ZJobName,
  ZJobState,
  ZJobsOverview,
} from './job';
export type { TBulkArticleLine, TJobActionInput, TJobCounts, TJobFailure, TJobName, TJobState, TJobsOverview } from './job';
