import { hitRateLimitBucket, type DbClient } from '@claimledger/db';

/** A budget: `limit` requests per window of `windowSeconds`, opened by the bucket's first request. */
export type RateLimitPolicy = { limit: number; windowSeconds: number };

export type RateLimitResult = {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** IETF RateLimit fields (`RateLimit-Policy`, `RateLimit`), plus `Retry-After` when refused. */
  headers: Record<string, string>;
};

/**
 * Spends one request from `bucket`'s budget, kept in the database (one statement) so that all
 * server processes share it. `touchApiKeyId` also stamps the key's last use in that statement.
 */
export async function consumeRateLimit(
  db: DbClient,
  bucket: string,
  policy: RateLimitPolicy,
  touchApiKeyId: string | null = null,
): Promise<RateLimitResult> {
  const hit = await hitRateLimitBucket(db, bucket, policy.windowSeconds, touchApiKeyId);
  return rateLimitResult(policy, hit.count, hit.count <= policy.limit, hit.resetSeconds);
}

export function rateLimitResult(policy: RateLimitPolicy, count: number, allowed: boolean, reset: number): RateLimitResult {
  const remaining = Math.max(0, policy.limit - count);
  const resetSeconds = Math.max(1, Math.ceil(reset));
  const headers: Record<string, string> = {
    'RateLimit-Policy': `${policy.limit};w=${policy.windowSeconds}`,
    RateLimit: `limit=${policy.limit}, remaining=${remaining}, reset=${resetSeconds}`,
  };
  if (!allowed) headers['Retry-After'] = String(resetSeconds);
  return { allowed, limit: policy.limit, remaining, resetSeconds, headers };
}

/** Bucket names: one namespace per kind of budget. */
export const rateLimitBucket = {
  apiKey: (keyId: string) => `api-key:${keyId}`,
  failedKey: (clientAddress: string) => `api-key-failures:${clientAddress}`,
  signInAccount: (email: string) => `sign-in-account:${email.trim().toLowerCase()}`,
  signInClient: (clientAddress: string) => `sign-in-client:${clientAddress}`,
};
