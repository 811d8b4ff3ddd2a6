export { runInTransaction } from './client';
export type { DbClient, DbExecutor } from './client';
export { openDatabase } from './connection/open-database';
export type { Database, OpenOptions, PrepareTarget, SqlConnection } from './connection/open-database';
export { MigrationsPendingError } from './connection/verify-migrations';
export { DataDirBusyError, DataDirPathError, lockDataDir, resolveDataDir } from './connection/data-dir-lock';
export { findWorkspaceRoot, migrationPaths, readDbEnv } from './env';
export {
  countArticles,
  findArticle,
  findArticleHeader,
  deleteArticleClaims,
  findArticleIdByHash,
  findStoredArticleByHash,
  insertArticleClaims,
  insertArticleWithClaims,
  listArticles,
  markArticleExtracted,
} from './repositories/article-repository';
export type { NewArticleRow, NewClaimRow } from './repositories/article-repository';
export { findClaim, findDemoClaimByText, updateClaimStateIfVersion } from './repositories/claim-repository';
export { SEARCH_CANDIDATES, searchClaimIds } from './repositories/claim-search-repository';
export type { ClaimSearchPage } from './repositories/claim-search-repository';
export { findClaimStatusRows } from './repositories/claim-status-repository';
export type { StatusLookup } from './repositories/claim-status-repository';
export { recordAudit } from './repositories/audit-repository';
export type { AuditEntry } from './repositories/audit-repository';
export {
  ensureVerdictScale,
  findVerdictLabel,
  insertVerdictLabel,
  listDefaultVerdictLabels,
  updateVerdictLabel,
} from './repositories/verdict-repository';
export {
  countClaimsCapped,
  estimateClaims,
  findAssignee,
  findClaimDetail,
  findClaimDetailsByIds,
  listClaimDetails,
  setAssignment,
  updateClaimFieldsIfVersion,
} from './repositories/claim-detail-repository';
export {
  citationExists,
  findArchivedBody,
  findCitation,
  insertCitation,
  listCitations,
  listPendingCitationIds,
  saveArchiveFailure,
  saveArchivedCopy,
} from './repositories/citation-repository';
export type { NewCitation } from './repositories/citation-repository';
export { insertComment, listAuditEvents, listComments } from './repositories/activity-repository';
export {
  countUsers,
  deleteExpiredSessions,
  deleteSession,
  findCredentials,
  findSessionUser,
  findUserByEmail,
  findUserById,
  insertSession,
  insertUser,
  listActiveUserIdsWithRoles,
  listActiveUserNames,
  listUsers,
} from './repositories/user-repository';
export {
  decideReview,
  findApprovedReview,
  findReview,
  insertCorrection,
  insertReview,
  listCorrections,
  listReviewsForClaim,
} from './repositories/review-repository';
export {
  countReportClaims,
  findReportClaims,
  findClaimsWithoutAppearance,
  listReportClaims,
  loadRatingBounds,
} from './repositories/report-repository';
export type { ReportLookup } from './repositories/report-repository';
export { insertReport } from './repositories/report-log-repository';
export {
  appendExportChunk,
  beginExportRun,
  deleteExpiredExportFiles,
  failExportFile,
  findExportFile,
  findExportRequester,
  finishExportRun,
  insertExportFile,
  readExportChunks,
  setExportFileJob,
} from './repositories/export-file-repository';
export type { ExportFileRow } from './repositories/export-file-repository';
export { deleteOldJobPayloadParts, JOB_PAYLOAD_DAYS } from './repositories/job-payload-repository';
export {
  clearRateLimitBucket,
  deleteStaleRateLimitBuckets,
  STALE_RATE_LIMIT_SECONDS,
  hitRateLimitBucket,
  refundRateLimitBucket,
} from './repositories/rate-limit-repository';
export type { BucketHit } from './repositories/rate-limit-repository';
export {
  findApiKeyByPrefix,
  insertApiKey,
  listApiKeys,
  revokeApiKeyRow,
  spendApiKeyRequest,
  touchApiKey,
} from './repositories/api-key-repository';
export {
  claimDelivery,
  enqueueWebhookEvent,
  enqueueWebhookEvents,
  hasWebhookFor,
  findDelivery,
  listDueDeliveryIds,
  insertWebhook,
  listWebhooks,
  recordDeliveryAttempt,
  setWebhookActive,
} from './repositories/webhook-repository';
export type { DueDelivery } from './repositories/webhook-repository';
export {
  acquireHostSlot,
  countRecentItems,
  deferSourcePoll,
  findKnownUrls,
  findRobotsFile,
  findSeenItemKeys,
  findSource,
  insertSource,
  insertSourceItem,
  listDueSourceIds,
  listSourceRows,
  markSourceItemEnqueued,
  recordSourcePoll,
  releaseHostSlot,
  saveRobotsFile,
} from './repositories/source-repository';
export type { NewSourceItem, RobotsRow, SourcePollOutcome, SourceRow } from './repositories/source-repository';
export {
  findArticleForRevision,
  findArticleIdByUrl,
  insertArticleVersion,
  insertClaims,
  listArticleVersions,
  listRemovedClaims,
  markClaimRemoved,
  moveClaimOffsets,
  unparkClaims,
  updateArticleText,
} from './repositories/article-version-repository';
export type { ArticleVersionRow } from './repositories/article-version-repository';
export {
  findClaimCandidates,
  findClaimCandidatesMany,
  findFactCheckCandidates,
  findFactCheckCandidatesMany,
  findQueryTerms,
  findQueryTermsMany,
  noteClaimTerms,
  noteFactCheckTerms,
  planCandidates,
  refreshMatchTerms,
} from './repositories/match-candidate-repository';
export { runsOnPool } from './connection/hot-sql';
export type { CandidatePlan, CandidatesRead, ClaimCandidate, FactCheckCandidate, QueryTerms } from './repositories/match-candidate-repository';
export {
  DEFAULT_MATCH_SETTINGS,
  countGroupClaims,
  decideSuggestion,
  findClaimLink,
  findFactCheck,
  findGroup,
  findGroups,
  findGroupIdOfFactCheck,
  findGroupSummaries,
  findMatchSettings,
  findSuggestion,
  findSuggestionPairs,
  findTrackClaim,
  insertGroup,
  insertSuggestions,
  listAppearances,
  listGroupClaimIds,
  listGroupFactChecks,
  listPendingSuggestions,
  listUntrackedClaims,
  listVerdictHistory,
  moveGroupContents,
  refreshGroup,
  rememberRejection,
  saveMatchSettings,
  setClaimGroup,
  setFactCheckGroup,
  upsertFactCheck,
} from './repositories/tracking-repository';
export type { TrackClaimRow } from './repositories/tracking-repository';
export { findPriorVerdict, findPriorVerdicts, findPriorVerdictsOf } from './repositories/prior-verdict-repository';
export { newId } from './repositories/new-id';
export { lockPlacing, writePlacing, type PlacingState, type PlacingWrites } from './repositories/placing-repository';
export {
  claimsByStateSince,
  repeatedClaimsSince,
  reviewWorkSince,
  timeToVerdictSince,
  verdictsByOutletSince,
  verdictsBySpeakerSince,
} from './repositories/dashboard-repository';
export {
  findInboxSeenAt,
  insertMentions,
  listAssignedToUser,
  listCheckersOfGroup,
  listMentionsOfUser,
  listRepeatsOfUserChecks,
  listReviewsAwaitingApproval,
  listSentBackReviews,
  saveInboxSeenAt,
} from './repositories/inbox-repository';
export type { InboxRow } from './repositories/inbox-repository';
