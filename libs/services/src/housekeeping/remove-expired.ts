import { STALE_RATE_LIMIT_SECONDS, deleteExpiredSessions, deleteStaleRateLimitBuckets, type DbClient } from '@claimledger/db';
import { removeExpiredExportFiles } from '../report/export-file';

/**
 * Deletes expired sessions, stale rate-limit buckets and expired export files, so no table
 * grows without sign-ins or downloads.
 */
export async function removeExpiredRecords(
  db: DbClient,
  now = new Date(),
): Promise<{ sessions: number; rateLimitBuckets: number; exportFiles: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const rateLimitBuckets = await deleteStaleRateLimitBuckets(db, STALE_RATE_LIMIT_SECONDS);
  const exportFiles = await removeExpiredExportFiles(db, now);
  return { sessions, rateLimitBuckets, exportFiles };
}
