export { runInTransaction } from './client';
export type { DbClient, DbExecutor } from './client';
export { openDatabase } from './connection/open-database';
export type { Database, OpenOptions, PrepareTarget } from './connection/open-database';
export { MigrationsPendingError } from './connection/verify-migrations';
export { DataDirBusyError, lockDataDir } from './connection/data-dir-lock';
export { findWorkspaceRoot, migrationPaths, readDbEnv } from './env';
export {
  countArticles,
  findArticle,
  findArticleIdByHash,
  insertArticleWithClaims,
  listArticles,
} from './repositories/article-repository';
export type { NewArticleRow, NewClaimRow } from './repositories/article-repository';
export { findClaim, findDemoClaimByText, updateClaimStateIfVersion } from './repositories/claim-repository';
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
  findAssignee,
  findClaimDetail,
  listClaimDetails,
  setAssignment,
  updateClaimFieldsIfVersion,
} from './repositories/claim-detail-repository';
export {
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
  deleteSession,
  findCredentials,
  findSessionUser,
  findUserByEmail,
  findUserById,
  insertSession,
  insertUser,
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
export { countReportClaims, findReportClaims, listReportClaims, loadRatingBounds } from './repositories/report-repository';
export type { ReportLookup } from './repositories/report-repository';
export { insertReport } from './repositories/report-log-repository';
export { hitRateLimitBucket } from './repositories/rate-limit-repository';
export type { BucketHit } from './repositories/rate-limit-repository';
export { findApiKeyByPrefix, insertApiKey, listApiKeys, revokeApiKeyRow, touchApiKey } from './repositories/api-key-repository';
export {
  enqueueWebhookEvent,
  findDelivery,
  insertWebhook,
  listDueDeliveries,
  listWebhooks,
  recordDeliveryAttempt,
  setWebhookActive,
} from './repositories/webhook-repository';
export type { DueDelivery } from './repositories/webhook-repository';
