import type { DbExecutor } from '../client';
import { Prisma } from '../generated/prisma/client';

/** A bucket's state after one hit: requests counted in the current window and seconds until it ends. */
export type BucketHit = { count: number; resetSeconds: number };

/**
 * Counts one request against `bucket` in a window of `windowSeconds` that opens with the
 * bucket's first request (not on the clock's boundaries, where a burst could spend two
 * budgets back to back and a budget spent a second before the boundary would wait only
 * that second). One atomic upsert on the database clock, so every server process sharing
 * the database shares the budget. With `touchApiKeyId`, the same statement stamps that
 * key's `lastUsedAt` (at most once a minute, so busy keys do not rewrite their row on every request).
 */
export async function hitRateLimitBucket(
  db: DbExecutor,
  bucket: string,
  windowSeconds: number,
  touchApiKeyId: string | null = null,
): Promise<BucketHit> {
  const rows = await db.$queryRaw<Array<{ count: number; resetSeconds: number }>>`
    WITH ${bucketClock(windowSeconds)},
    hit AS (${countHit(Prisma.sql`SELECT ${bucket}, clock.at, 1 FROM clock`)}),
    touched AS (${stampKeyUse(Prisma.sql`${touchApiKeyId}::text`)})
    SELECT ${hitColumns} FROM hit, clock`;
  const row = rows[0];
  if (!row) throw new Error('the rate-limit upsert returned no row');
  return { count: Number(row.count), resetSeconds: Number(row.resetSeconds) };
}

/** The CTE `clock`: the database's UTC time (`at`) and the window's length (`span`). */
export const bucketClock = (windowSeconds: number) => Prisma.sql`clock AS (
  SELECT (now() AT TIME ZONE 'UTC') AS at, make_interval(secs => ${windowSeconds}::int) AS span
)`;

/**
 * One request counted in a bucket: `source` selects (key, clock.at, 1). A window that has run
 * out starts again with this request. Returns the bucket's count and window start.
 */
export const countHit = (source: Prisma.Sql) => Prisma.sql`
  INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") ${source}
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimitBucket"."windowStart" > EXCLUDED."windowStart" - (SELECT span FROM clock)
                   THEN "RateLimitBucket"."count" + 1 ELSE 1 END,
    "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" > EXCLUDED."windowStart" - (SELECT span FROM clock)
                         THEN "RateLimitBucket"."windowStart" ELSE EXCLUDED."windowStart" END
  RETURNING "count", "windowStart"`;

/** Stamps the key's last use, at most once a minute (busy keys do not rewrite their row on every request). */
export const stampKeyUse = (keyId: Prisma.Sql) => Prisma.sql`
  UPDATE "ApiKey" SET "lastUsedAt" = (SELECT at FROM clock)
  WHERE "id" = ${keyId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (SELECT at FROM clock) - interval '60 seconds')
  RETURNING 1`;

/** The count and the seconds left in the window, from the CTEs `hit` and `clock`. */
export const hitColumns = Prisma.sql`hit."count"::int AS "count",
  extract(epoch FROM (hit."windowStart" + clock.span) - clock.at)::float8 AS "resetSeconds"`;

/**
 * Gives back one request counted by `hitRateLimitBucket` (never below zero), for budgets that
 * only failures should spend: the attempt is counted before it is checked, so that
 * simultaneous attempts cannot all pass the budget, and refunded when it succeeds.
 */
export async function refundRateLimitBucket(db: DbExecutor, bucket: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "key" = ${bucket} AND "count" > 0`;
}

/** Forgets one bucket (a successful sign-in clears its account's failures). */
export async function clearRateLimitBucket(db: DbExecutor, bucket: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: bucket } });
}

/** Buckets whose window began longer ago than this are stale (the longest window is far shorter). */
export const STALE_RATE_LIMIT_SECONDS = 86_400;

/** Removes buckets whose window started more than `olderThanSeconds` ago; returns how many. */
export async function deleteStaleRateLimitBuckets(db: DbExecutor, olderThanSeconds: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimitBucket"
    WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${olderThanSeconds}::int)`;
}
