import { STALE_RATE_LIMIT_SECONDS, deleteExpiredSessions, deleteStaleRateLimitBuckets, type DbClient } from '@claimledger/db';

/** Deletes expired sessions and stale rate-limit buckets, so neither table grows without sign-ins. */
export async function removeExpiredRecords(db: DbClient, now = new Date()): Promise<{ sessions: number; rateLimitBuckets: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const rateLimitBuckets = await deleteStaleRateLimitBuckets(db, STALE_RATE_LIMIT_SECONDS);
  return { sessions, rateLimitBuckets };
}
