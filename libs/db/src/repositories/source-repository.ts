import type { DbExecutor } from '../client';
import type { SourceKind } from '../generated/prisma/enums';

export type SourceRow = {
  id: string;
  url: string;
  host: string;
  kind: SourceKind | null;
  title: string | null;
  intervalMinutes: number;
  active: boolean;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  failureCount: number;
  createdAt: Date;
};

const sourceSelect = {
  id: true,
  url: true,
  host: true,
  kind: true,
  title: true,
  intervalMinutes: true,
  active: true,
  etag: true,
  lastModified: true,
  nextPollAt: true,
  lastPolledAt: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastError: true,
  failureCount: true,
  createdAt: true,
} as const;

export async function insertSource(
  db: DbExecutor,
  row: { url: string; host: string; intervalMinutes: number; createdById: string | null },
): Promise<{ row: SourceRow; created: boolean }> {
  const existing = await db.source.findUnique({ where: { url: row.url }, select: sourceSelect });
  if (existing) return { row: existing, created: false };
  return { row: await db.source.create({ data: row, select: sourceSelect }), created: true };
}

export async function findSource(db: DbExecutor, id: string): Promise<SourceRow | null> {
  return db.source.findUnique({ where: { id }, select: sourceSelect });
}

export async function listSourceRows(db: DbExecutor): Promise<SourceRow[]> {
  return db.source.findMany({ select: sourceSelect, orderBy: { createdAt: 'asc' } });
}

export async function listDueSourceIds(db: DbExecutor, now: Date, limit: number): Promise<string[]> {
  const rows = await db.source.findMany({
    where: { active: true, nextPollAt: { lte: now } },
    select: { id: true },
    orderBy: { nextPollAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

export async function countRecentItems(db: DbExecutor, since: Date): Promise<Map<string, number>> {
  const rows = await db.sourceItem.groupBy({ by: ['sourceId'], where: { firstSeenAt: { gte: since } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.sourceId, r._count._all]));
}

export type SourcePollOutcome =
  | {
      ok: true;
      at: Date;
      nextPollAt: Date;
      kind?: SourceKind;
      title?: string | null;
      etag?: string | null;
      lastModified?: string | null;
    }
  | { ok: false; at: Date; nextPollAt: Date; error: string };

export async function recordSourcePoll(db: DbExecutor, id: string, outcome: SourcePollOutcome): Promise<void> {
  if (outcome.ok) {
    await db.source.update({
      where: { id },
      data: {
        lastPolledAt: outcome.at,
        lastSuccessAt: outcome.at,
        nextPollAt: outcome.nextPollAt,
        failureCount: 0,
        ...(outcome.kind ? { kind: outcome.kind } : {}),
        ...(outcome.title ? { title: outcome.title } : {}),
        ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
        ...(outcome.lastModified !== undefined ? { lastModified: outcome.lastModified } : {}),
      },
    });
    return;
  }
  await db.source.update({
    where: { id },
    data: {
      lastPolledAt: outcome.at,
      lastErrorAt: outcome.at,
      lastError: outcome.error,
      nextPollAt: outcome.nextPollAt,
      failureCount: { increment: 1 },
    },
  });
}

export async function deferSourcePoll(db: DbExecutor, id: string, nextPollAt: Date): Promise<void> {
  await db.source.update({ where: { id }, data: { nextPollAt } });
}

/** Keys among `keys` this source has already seen. */
export async function findSeenItemKeys(db: DbExecutor, sourceId: string, keys: string[]): Promise<Set<string>> {
  const rows = await db.sourceItem.findMany({ where: { sourceId, key: { in: keys } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

/** URLs among `urls` already passed on by any source, or already stored as an article. */
export async function findKnownUrls(db: DbExecutor, urls: string[]): Promise<Set<string>> {
  const [items, articles] = await Promise.all([
    db.sourceItem.findMany({ where: { url: { in: urls }, enqueued: true }, select: { url: true } }),
    db.article.findMany({
      where: { OR: [{ url: { in: urls } }, { canonicalUrl: { in: urls } }] },
      select: { url: true, canonicalUrl: true },
    }),
  ]);
  const known = new Set(items.map((r) => r.url));
  for (const a of articles) for (const u of [a.url, a.canonicalUrl]) if (u) known.add(u);
  return known;
}

export type NewSourceItem = {
  key: string;
  url: string;
  title: string | null;
  publishedAt: Date | null;
  enqueued: boolean;
  skipReason: string | null;
};

/** Records an item once per source; false when another poll recorded it first. */
export async function insertSourceItem(db: DbExecutor, sourceId: string, item: NewSourceItem): Promise<boolean> {
  const { count } = await db.sourceItem.createMany({ data: [{ sourceId, ...item }], skipDuplicates: true });
  return count === 1;
}

export async function markSourceItemEnqueued(
  db: DbExecutor,
  sourceId: string,
  key: string,
  enqueued: boolean,
  skipReason: string | null,
) {
  await db.sourceItem.update({ where: { sourceId_key: { sourceId, key } }, data: { enqueued, skipReason } });
}

/**
 * Takes one of `slots` request slots on a host until `expiresAt`, or returns null when all are
 * held. The slots live in the database, so the limit holds across workers and processes.
 */
export async function acquireHostSlot(
  db: DbExecutor,
  host: string,
  holder: string,
  now: Date,
  expiresAt: Date,
  slots: number,
): Promise<number | null> {
  for (let slot = 0; slot < slots; slot++) {
    const { count: created } = await db.hostSlot.createMany({ data: [{ host, slot, holder, expiresAt }], skipDuplicates: true });
    if (created === 1) return slot;
    const { count: taken } = await db.hostSlot.updateMany({
      where: { host, slot, expiresAt: { lt: now } },
      data: { holder, expiresAt },
    });
    if (taken === 1) return slot;
  }
  return null;
}

export async function releaseHostSlot(db: DbExecutor, host: string, slot: number, holder: string): Promise<void> {
  await db.hostSlot.deleteMany({ where: { host, slot, holder } });
}

export type RobotsRow = { origin: string; body: string; mode: string; fetchedAt: Date; expiresAt: Date };

export async function findRobotsFile(db: DbExecutor, origin: string): Promise<RobotsRow | null> {
  return db.robotsFile.findUnique({ where: { origin } });
}

export async function saveRobotsFile(db: DbExecutor, row: RobotsRow): Promise<void> {
  await db.robotsFile.upsert({ where: { origin: row.origin }, create: row, update: row });
}
