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
export { findClaim, updateClaimStateIfVersion } from './repositories/claim-repository';
export { recordAudit } from './repositories/audit-repository';
export type { AuditEntry } from './repositories/audit-repository';
export { ensureVerdictScale } from './repositories/verdict-repository';
export {
  countUsers,
  deleteSession,
  findCredentials,
  findSessionUser,
  findUserByEmail,
  insertSession,
  insertUser,
  listUsers,
} from './repositories/user-repository';
export {
  decideReview,
  findReview,
  findVerdictLabel,
  insertReview,
  listDefaultVerdictLabels,
  listReviewsForClaim,
} from './repositories/review-repository';
