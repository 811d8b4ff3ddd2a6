export { ingestArticle, ingestArticleId } from './article/ingest-article';
export { inlineExtractor } from './article/extractor';
export { ingestBulk } from './article/bulk-ingest';
export type { BulkItem, BulkOptions, BulkRefusal, BulkSummary } from './article/bulk-ingest';
export { submitArticleIngest, submitUrlIngest } from './article/ingest-runner';
export type { IngestOutcome, IngestRequest, IngestRunner, SubmitIngestOptions } from './article/ingest-runner';
export type { Extractor } from './article/extractor';
export { getArticle, listArticles } from './article/read-articles';
export { cleanHtml } from './article/clean-html';
export { readPageMetadata } from './article/page-metadata';
export { ingestFromUrl } from './article/ingest-from-url';
export type { IngestUrlOptions } from './article/ingest-from-url';
export { reviseArticle } from './article/revise-article';
export { diffTexts, getArticleHistory } from './article/article-history';
export { guardedFetch } from './net/guarded-fetch';
export type { FetchedPage, GuardedFetchOptions } from './net/guarded-fetch';
export { FetchError } from './net/fetch-error';
export type { Resolver } from './net/address-guard';
export { getClaim, moveClaimState } from './claim/move-claim-state';
export type { Actor } from '@claimledger/domain';
export { seedDemoData } from './demo/seed-demo';
export { DEMO_ARTICLES } from './demo/demo-articles';
export type { DbClient as ServiceDb } from '@claimledger/db';
export { approveReview, listClaimReviews, listVerdictLabels, sendBackReview, submitReview } from './review/reviews';
export { assignClaim, getClaimDetail, listAssignees, listClaims } from './claim/claim-queue';
export { updateClaimFields } from './claim/update-claim-fields';
export { attachCitation, getArchivedCopy, listClaimCitations } from './citation/citations';
export { archiveCitation, archivePendingCitations } from './citation/archive-citation';
export { listPendingCitations } from './citation/archive-citation';
export { CitationArchiver } from './citation/citation-archiver';
export type { ArchiveQueue } from './citation/citation-archiver';
export type { FetchSourceOptions } from './citation/fetch-source';
export { addComment, listClaimAudit, listClaimComments } from './activity/activity';
export { correctVerdict, listClaimCorrections } from './review/correct-verdict';
export { addVerdictLabel, editVerdictLabel } from './scale/verdict-scale';
export { exportReport, getPublishedClaim, reportClaims, reportFileName, resolveExport } from './report/export-report';
export type { ExportedReport } from './report/export-report';
export {
  EXPORT_FILE_TTL_HOURS,
  exportDownloadUrl,
  getExportFile,
  openExportFile,
  removeExpiredExportFiles,
  requestExportFile,
} from './report/export-file';
export type { ExportQueue, StoredExport } from './report/export-file';
export { EXPORT_CHUNK_BYTES, runExportFile } from './report/run-export-file';
export { ExportRunner } from './report/export-runner';
export type { ExportRunOutcome } from './report/run-export-file';
export type { ReportOptions } from '@claimledger/reports';
export { REPORT_TYPES, describePublicUrl, reportOptions, resolvePublicUrl, reviewUrl, toClaimReview } from '@claimledger/reports';
export { seedDemoReviews } from './demo/seed-demo-reviews';
export { getArticleStatus, getClaimStatus, listClaimsByArticleUrl, lookupClaims } from './consumer/claim-status';
export { deactivateWebhook, listWebhooks, registerWebhook, registerWebhookFor } from './webhook/webhooks';
export { MAX_ATTEMPTS, backoffMs, deliverDueWebhooks, deliverWebhook, listDueWebhookDeliveries } from './webhook/deliver-webhooks';
export type { DeliverOptions, DeliveryOutcome } from './webhook/deliver-webhooks';
export { SIGNATURE_HEADER, signPayload, verifySignature } from './webhook/signing';
export { addSource, listDueSources, listSources } from './source/sources';
export { backoffMinutes, pollSource } from './source/poll-source';
export type { EnqueueIngest, PollSourceOptions } from './source/poll-source';
export { parseSource } from './source/parse-source';
export { trackArticleClaims } from './tracking/track-article';
export {
  applyPriorVerdict,
  decideSuggestion,
  getClaimTracking,
  getMatchSettings,
  getTrackedClaim,
  listSuggestions,
  mergeGroups,
  splitGroup,
  unlinkAppearance,
  updateMatchSettings,
} from './tracking/tracked-claims';
export { lookupClaimsByMeaning, matchClaims } from './tracking/lookup-by-meaning';
export { importClaimReviewText, importClaimReviews } from './factcheck/import-claim-reviews';
export { parseClaimReviews } from './factcheck/parse-claim-reviews';
export { getDashboard } from './dashboard/get-dashboard';
export { countUnreadInbox, getInbox, markInboxSeen } from './inbox/inbox';
export { cancelJob, getJobsOverview, retryJob } from './jobs/job-admin';
export { removeExpiredRecords } from './housekeeping/remove-expired';
export type { JobAdmin } from './jobs/job-admin';
export { logInternalError, readableReason } from './internal-error';
