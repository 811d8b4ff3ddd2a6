import { ZAddSourceInput, parseInput, type TAddSourceInput, type TSourceHealth } from '@claimledger/contracts';
import { countRecentItems, insertSource, listDueSourceIds, listSourceRows, type DbClient, type SourceRow } from '@claimledger/db';
import type { Actor } from '@claimledger/domain';

const DAY_MS = 24 * 60 * 60 * 1000;

function toHealth(row: SourceRow, itemsLastDay: number): TSourceHealth {
  const failing = row.lastErrorAt !== null && (row.lastSuccessAt === null || row.lastErrorAt > row.lastSuccessAt);
  return {
    id: row.id,
    url: row.url,
    kind: row.kind,
    title: row.title,
    intervalMinutes: row.intervalMinutes,
    active: row.active,
    status: failing ? 'failing' : row.lastSuccessAt ? 'ok' : 'new',
    nextPollAt: row.nextPollAt,
    lastSuccessAt: row.lastSuccessAt,
    lastErrorAt: row.lastErrorAt,
    lastError: failing ? row.lastError : null,
    failureCount: row.failureCount,
    itemsLastDay,
  };
}

/** Adds a feed or sitemap to poll; adding a URL twice returns the existing source. */
export async function addSource(
  db: DbClient,
  actor: Actor | null,
  raw: TAddSourceInput,
): Promise<{ source: TSourceHealth; created: boolean }> {
  const input = parseInput(ZAddSourceInput, raw);
  const url = new URL(input.url);
  const { row, created } = await insertSource(db, {
    url: url.href,
    host: url.hostname.toLowerCase(),
    intervalMinutes: input.intervalMinutes,
    createdById: actor?.id ?? null,
  });
  return { source: toHealth(row, 0), created };
}

/** Every source with its health: last success, last error and why, items seen in the last day. */
export async function listSources(db: DbClient, now = new Date()): Promise<TSourceHealth[]> {
  const [rows, counts] = await Promise.all([listSourceRows(db), countRecentItems(db, new Date(now.getTime() - DAY_MS))]);
  return rows.map((row) => toHealth(row, counts.get(row.id) ?? 0));
}

/** Sources whose next poll is due, oldest first: what the `poll-source` schedule fans out. */
export async function listDueSources(db: DbClient, now = new Date(), limit = 100): Promise<string[]> {
  return listDueSourceIds(db, now, limit);
}
