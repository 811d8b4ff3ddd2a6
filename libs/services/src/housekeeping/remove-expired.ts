import {
  JOB_PAYLOAD_DAYS,
  STALE_RATE_LIMIT_SECONDS,
  deleteExpiredSessions,
  deleteOldJobPayloadParts,
  deleteStaleRateLimitBuckets,
  type DbClient,
} from '@claimledger/db';
import { removeExpiredExportFiles } from '../report/export-file';

/**
 * Deletes expired sessions, stale rate-limit buckets, expired export files and the large data of
 * jobs left failed, so no table grows without sign-ins, downloads or workers.
 */
export async function removeExpiredRecords(
  db: DbClient,
  now = new Date(),
): Promise<{ sessions: number; rateLimitBuckets: number; exportFiles: number; jobPayloadParts: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const rateLimitBuckets = await deleteStaleRateLimitBuckets(db, STALE_RATE_LIMIT_SECONDS);
  const exportFiles = await removeExpiredExportFiles(db, now);
  const jobPayloadParts = await deleteOldJobPayloadParts(db, new Date(now.getTime() - JOB_PAYLOAD_DAYS * 86_400_000));
  return { sessions, rateLimitBuckets, exportFiles, jobPayloadParts };
}
