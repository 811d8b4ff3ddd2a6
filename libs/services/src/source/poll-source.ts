import { randomUUID } from 'node:crypto';
import type { TPollResult } from '@claimledger/contracts';
import {
  acquireHostSlot,
  deferSourcePoll,
  findKnownUrls,
  findSeenItemKeys,
  findSource,
  insertSourceItem,
  markSourceItemEnqueued,
  recordSourcePoll,
  releaseHostSlot,
  type DbClient,
  type SourceRow,
} from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import type { Resolver } from '../net/address-guard';
import { readableReason } from '../internal-error';
import { FetchError } from '../net/fetch-error';
import { guardedFetch, type GuardedFetchOptions } from '../net/guarded-fetch';
import { parseSource, SourceFormatError, type SourceEntry } from './parse-source';
import { isAllowedByRobots } from './robots';

/** Hands a new article URL to ingestion (the `ingest-url` job once the queue is wired). */
export type EnqueueIngest = (url: string, sourceId: string) => Promise<void>;

export type PollSourceOptions = {
  enqueueIngest: EnqueueIngest;
  now?: Date;
  allowPrivateHosts?: boolean;
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  /** Request slots per host, held in the database across workers. */
  perHostLimit?: number;
  /** Child sitemaps read from a sitemap index per poll (newest first). */
  maxChildSitemaps?: number;
};

const MINUTE_MS = 60_000;
const MAX_BACKOFF_MINUTES = 24 * 60;
const SLOT_LEASE_MS = 2 * MINUTE_MS;
const FEED_TYPES = /xml|rss|atom|text\/plain|text\/html/i;

/** Wait before the next poll after `failures` failures in a row: the interval, doubled each time, at most a day. */
export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.min(intervalMinutes * 2 ** Math.min(failures, 16), Math.max(MAX_BACKOFF_MINUTES, intervalMinutes));
}

const later = (now: Date, minutes: number) => new Date(now.getTime() + minutes * MINUTE_MS);

function reasonOf(error: unknown): string {
  if (error instanceof FetchError) {
    if (error.kind === 'timeout') return 'timed out';
    if (error.kind === 'status') return `answered ${error.message}`;
    return error.message;
  }
  if (error instanceof SourceFormatError) return error.message;
  // Editors read it on the sources page: an unexpected error shows only the id it was logged with.
  return readableReason(error, 'source poll');
}

type Fetched =
  | { notModified: true }
  | {
      notModified: false;
      kind: 'feed' | 'sitemap';
      title: string | null;
      entries: SourceEntry[];
      etag: string | null;
      lastModified: string | null;
    };

async function fetchEntries(source: SourceRow, fetchOptions: GuardedFetchOptions, maxChildSitemaps: number): Promise<Fetched> {
  const conditional: Record<string, string> = {};
  if (source.etag) conditional['if-none-match'] = source.etag;
  if (source.lastModified) conditional['if-modified-since'] = source.lastModified;
  const accept = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
  const page = await guardedFetch(source.url, { ...fetchOptions, headers: conditional, accept, acceptTypes: FEED_TYPES });
  if (page.notModified) return { notModified: true };
  const parsed = parseSource(page.text, page.url);
  const validators = { etag: page.etag, lastModified: page.lastModified };
  if (parsed.kind !== 'sitemap-index') return { notModified: false, ...parsed, ...validators };
  // A sitemap index: read its newest child sitemaps, one request at a time.
  const children = [...parsed.sitemaps]
    .sort((a, b) => (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0))
    .slice(0, maxChildSitemaps);
  const entries: SourceEntry[] = [];
  for (const child of children) {
    const childPage = await guardedFetch(child.url, { ...fetchOptions, accept, acceptTypes: FEED_TYPES });
    const childParsed = parseSource(childPage.text, childPage.url);
    if (childParsed.kind === 'sitemap') entries.push(...childParsed.entries);
  }
  return { notModified: false, kind: 'sitemap', title: null, entries, ...validators };
}

/** Records new entries once each and passes the ones not known by URL (and allowed by robots.txt) on. */
async function takeNewEntries(
  db: DbClient,
  source: SourceRow,
  entries: SourceEntry[],
  options: PollSourceOptions,
  now: Date,
  fetchOptions: GuardedFetchOptions,
) {
  const unique = [...new Map(entries.map((e) => [e.key, e])).values()];
  const seen = await findSeenItemKeys(
    db,
    source.id,
    unique.map((e) => e.key),
  );
  const fresh = unique.filter((e) => !seen.has(e.key));
  const known = await findKnownUrls(
    db,
    fresh.map((e) => e.url),
  );
  let enqueued = 0;
  let recorded = 0;
  for (const entry of fresh) {
    const skipReason = known.has(entry.url)
      ? 'already known'
      : (await isAllowedByRobots(db, entry.url, now, fetchOptions))
        ? null
        : 'disallowed by robots.txt';
    // Recorded as not yet passed on, then flipped: a crash in between leaves it visible, never twice enqueued.
    const inserted = await insertSourceItem(db, source.id, { ...entry, enqueued: false, skipReason: skipReason ?? 'pending' });
    if (!inserted) continue;
    recorded++;
    known.add(entry.url);
    if (skipReason) continue;
    await options.enqueueIngest(entry.url, source.id);
    await markSourceItemEnqueued(db, source.id, entry.key, true, null);
    enqueued++;
  }
  return { newItems: recorded, enqueued };
}

/**
 * Polls one source: robots.txt first, then a conditional GET (ETag / Last-Modified); new items
 * (by guid or URL) go to `enqueueIngest` once. Success resets the backoff; a failure records
 * its reason and doubles the wait. At most `perHostLimit` polls talk to one host at a time
 * (slots held in the database); a poll that finds none free is put off a minute.
 */
export async function pollSource(db: DbClient, sourceId: string, options: PollSourceOptions): Promise<TPollResult> {
  const now = options.now ?? new Date();
  const source = await findSource(db, sourceId);
  if (!source) throw new AppError('NOT_FOUND', `Source ${sourceId} not found.`);
  const result = (status: TPollResult['status'], nextPollAt: Date, extra: Partial<TPollResult> = {}): TPollResult => ({
    sourceId,
    status,
    newItems: 0,
    enqueued: 0,
    error: null,
    nextPollAt,
    ...extra,
  });
  if (!source.active) return result('inactive', source.nextPollAt);

  const holder = randomUUID();
  const slot = await acquireHostSlot(
    db,
    source.host,
    holder,
    now,
    new Date(now.getTime() + SLOT_LEASE_MS),
    options.perHostLimit ?? 2,
  );
  if (slot === null) {
    const retryAt = later(now, 1);
    await deferSourcePoll(db, sourceId, retryAt);
    return result('deferred', retryAt);
  }
  const fetchOptions: GuardedFetchOptions = {
    allowPrivateHosts: options.allowPrivateHosts,
    resolve: options.resolve,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
  };
  try {
    if (!(await isAllowedByRobots(db, source.url, now, fetchOptions))) {
      throw new Error('robots.txt does not allow fetching this source (or could not be read)');
    }
    const fetched = await fetchEntries(source, fetchOptions, options.maxChildSitemaps ?? 5);
    const nextPollAt = later(now, source.intervalMinutes);
    if (fetched.notModified) {
      await recordSourcePoll(db, sourceId, { ok: true, at: now, nextPollAt });
      return result('not-modified', nextPollAt);
    }
    const counts = await takeNewEntries(db, source, fetched.entries, options, now, fetchOptions);
    await recordSourcePoll(db, sourceId, {
      ok: true,
      at: now,
      nextPollAt,
      kind: fetched.kind,
      title: fetched.title,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    });
    return result('ok', nextPollAt, counts);
  } catch (error) {
    const reason = reasonOf(error);
    const nextPollAt = later(now, backoffMinutes(source.intervalMinutes, source.failureCount + 1));
    await recordSourcePoll(db, sourceId, { ok: false, at: now, nextPollAt, error: reason });
    return result('failed', nextPollAt, { error: reason });
  } finally {
    await releaseHostSlot(db, source.host, slot, holder);
  }
}
