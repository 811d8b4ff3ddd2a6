import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateLimit = { limit: number; windowSeconds: number; limiter: RateLimiterMemory };

/** A per-key request budget: `limit` requests per `windowSeconds`, kept in this process. */
export function createRateLimit(limit = 600, windowSeconds = 60): RateLimit {
  return { limit, windowSeconds, limiter: new RateLimiterMemory({ points: limit, duration: windowSeconds }) };
}

export type RateLimitOutcome = { allowed: boolean; headers: Record<string, string> };

/**
 * Spends one request of `key`'s budget. Headers follow the IETF RateLimit fields draft
 * (`RateLimit-Policy`, `RateLimit`) plus `Retry-After` when the budget is spent.
 */
export async function spend(rate: RateLimit, key: string): Promise<RateLimitOutcome> {
  const policy = `${rate.limit};w=${rate.windowSeconds}`;
  const headers = (res: RateLimiterRes) => ({
    'RateLimit-Policy': policy,
    RateLimit: `limit=${rate.limit}, remaining=${res.remainingPoints}, reset=${Math.ceil(res.msBeforeNext / 1000)}`,
  });
  try {
    return { allowed: true, headers: headers(await rate.limiter.consume(key)) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return {
      allowed: false,
      headers: { ...headers(rejection), 'Retry-After': String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))) },
    };
  }
}
