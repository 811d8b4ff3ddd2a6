import { findRobotsFile, saveRobotsFile, type DbClient } from '@claimledger/db';
import robotsParser from 'robots-parser';
import { FetchError } from '../net/fetch-error';
import { guardedFetch, USER_AGENT, type GuardedFetchOptions } from '../net/guarded-fetch';

const ROBOT_NAME = 'ClaimLedger';
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

type RobotsFile = { body: string; mode: 'allow-all' | 'disallow-all' | 'parsed'; ttlMs: number };

/** RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) disallows. */
async function downloadRobots(origin: string, fetchOptions: GuardedFetchOptions): Promise<RobotsFile> {
  try {
    const page = await guardedFetch(`${origin}/robots.txt`, { ...fetchOptions, maxBytes: 500 * 1024, accept: 'text/plain' });
    return { body: page.text, mode: 'parsed', ttlMs: DAY_MS };
  } catch (error) {
    // A host we may not talk to at all: say so, rather than "robots.txt disallows".
    if (error instanceof FetchError && error.kind === 'private-address') throw error;
    if (error instanceof FetchError && error.kind === 'status' && (error.detail.status ?? 500) < 500) {
      return { body: '', mode: 'allow-all', ttlMs: DAY_MS };
    }
    if (error instanceof FetchError && error.kind === 'too-large') return { body: '', mode: 'allow-all', ttlMs: DAY_MS };
    return { body: '', mode: 'disallow-all', ttlMs: HOUR_MS };
  }
}

/**
 * Whether robots.txt lets ClaimLedger fetch `url`. The file is cached per origin in the
 * database (a day; an unreachable one an hour), so every worker shares one copy.
 */
export async function isAllowedByRobots(
  db: DbClient,
  url: string,
  now: Date,
  fetchOptions: GuardedFetchOptions,
): Promise<boolean> {
  const { origin } = new URL(url);
  let cached = await findRobotsFile(db, origin);
  if (!cached || cached.expiresAt <= now) {
    const file = await downloadRobots(origin, fetchOptions);
    cached = { origin, body: file.body, mode: file.mode, fetchedAt: now, expiresAt: new Date(now.getTime() + file.ttlMs) };
    await saveRobotsFile(db, cached);
  }
  if (cached.mode === 'allow-all') return true;
  if (cached.mode === 'disallow-all') return false;
  return robotsParser(`${origin}/robots.txt`, cached.body).isAllowed(url, ROBOT_NAME) ?? true;
}

export { USER_AGENT };
