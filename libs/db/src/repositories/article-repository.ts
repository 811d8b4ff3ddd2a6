import { readableDate, type TArticle, type TArticleSummary, type TExtractedClaim } from '@claimledger/contracts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';
import type { IngestSource } from '../generated/prisma/enums';
import { claimSelect, toClaim } from './claim-mapper';

export type NewClaimRow = TExtractedClaim;

export type NewArticleRow = {
  title: string;
  url: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  publishedAt: Date | null;
  language: string;
  text: string;
  contentHash: string;
  ingestSource: IngestSource;
  publisher: { name: string; domain: string | null } | null;
  extractorVersion: string;
  claims: NewClaimRow[];
};

const summarySelect = {
  id: true,
  title: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  publisher: { select: { name: true } },
} as const;

type SummaryRow = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  publisher: { name: string } | null;
};

function toSummary(row: SummaryRow, claimCount: number): TArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher?.name ?? null,
    publishedAt: readableDate(row.publishedAt),
    createdAt: row.createdAt,
    claimCount,
  };
}

/**
 * Current claims per article, for these articles only: one range of the (articleId, …) unique
 * index per article. (Prisma's relation `_count` grouped every claim of the table first.)
 */
async function countCurrentClaims(db: DbExecutor, articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.claim.groupBy({
    by: ['articleId'],
    where: { articleId: { in: articleIds }, removedInVersion: 0 },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.articleId, r._count._all]));
}

const isoDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function findArticleIdByHash(db: DbExecutor, contentHash: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}

/** The article with this text, and whether all its claims were stored (a large one is stored in parts). */
export async function findStoredArticleByHash(
  db: DbExecutor,
  contentHash: string,
): Promise<{ id: string; complete: boolean; touchedAt: Date } | null> {
  const row = await db.article.findUnique({ where: { contentHash }, select: { id: true, status: true, updatedAt: true } });
  return row ? { id: row.id, complete: row.status !== 'ingested', touchedAt: row.updatedAt } : null;
}

async function upsertPublisher(db: DbExecutor, publisher: { name: string; domain: string | null }): Promise<string> {
  if (publisher.domain) {
    const row = await db.publisher.upsert({
      where: { domain: publisher.domain },
      create: publisher,
      update: {},
      select: { id: true },
    });
    return row.id;
  }
  const existing = await db.publisher.findFirst({ where: { name: publisher.name, domain: null }, select: { id: true } });
  if (existing) return existing.id;
  return (await db.publisher.create({ data: publisher, select: { id: true } })).id;
}

/** Inserts an article with its claims; call inside a transaction. */
/**
 * Stores the article and its claims. `complete: false` stores it as `ingested` (claims still to
 * come through insertArticleClaims, then markArticleExtracted); otherwise as `extracted`.
 */
export async function insertArticleWithClaims(db: DbExecutor, row: NewArticleRow, complete = true): Promise<string> {
  const publisherId = row.publisher ? await upsertPublisher(db, row.publisher) : null;
  const article = await db.article.create({
    data: {
      title: row.title,
      url: row.url,
      canonicalUrl: row.canonicalUrl,
      byline: row.byline,
      publishedAt: row.publishedAt,
      language: row.language,
      text: row.text,
      contentHash: row.contentHash,
      ingestSource: row.ingestSource,
      status: complete ? 'extracted' : 'ingested',
      publisherId,
    },
    select: { id: true },
  });
  await insertArticleClaims(db, article.id, row.claims, row.extractorVersion);
  return article.id;
}

/** Adds claims to a stored article (one multi-row insert), and stamps the article as worked on. */
export async function insertArticleClaims(
  db: DbExecutor,
  articleId: string,
  claims: NewClaimRow[],
  extractorVersion: string,
): Promise<void> {
  if (claims.length === 0) return;
  await db.article.update({ where: { id: articleId }, data: { updatedAt: new Date() }, select: { id: true } });
  await db.claim.createMany({
    data: claims.map((c) => ({
      ...c,
      articleId,
      timeStart: isoDate(c.timeStart),
      timeEnd: isoDate(c.timeEnd),
      extractorVersion,
    })),
  });
}

/** Marks an article stored in parts as whole. */
export async function markArticleExtracted(db: DbExecutor, id: string): Promise<void> {
  await db.article.update({ where: { id }, data: { status: 'extracted' }, select: { id: true } });
}

/** Drops the claims of an article whose storing was cut off, so it can be stored again. */
export async function deleteArticleClaims(db: DbExecutor, articleId: string): Promise<void> {
  await db.claim.deleteMany({ where: { articleId } });
}

/**
 * Articles newest first (publication date, then ingest time, then id), a page at a time: `after`
 * is the last id of the previous page (keyset, so a page costs the same however deep), `q`
 * matches words of the title, the address or the outlet.
 */
export async function listArticles(
  db: DbExecutor,
  query: { limit: number; q?: string | undefined; after?: string | undefined },
): Promise<TArticleSummary[]> {
  const where: Prisma.ArticleWhereInput[] = [];
  if (query.q) {
    const words = query.q.split(/\s+/).filter(Boolean).slice(0, 8);
    for (const word of words) {
      where.push({
        OR: [
          { title: { contains: word, mode: 'insensitive' } },
          { url: { contains: word, mode: 'insensitive' } },
          { publisher: { name: { contains: word, mode: 'insensitive' } } },
        ],
      });
    }
  }
  if (query.after) {
    const anchor = await db.article.findUnique({
      where: { id: query.after },
      select: { id: true, publishedAt: true, createdAt: true },
    });
    if (!anchor) return [];
    where.push(afterAnchor(anchor));
  }
  const rows = await db.article.findMany({
    where: { AND: where },
    select: summarySelect,
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
  const counts = await countCurrentClaims(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toSummary(row, counts.get(row.id) ?? 0));
}

/** Rows after `anchor` in the order publishedAt desc (nulls last), createdAt desc, id desc. */
function afterAnchor(anchor: { id: string; publishedAt: Date | null; createdAt: Date }): Prisma.ArticleWhereInput {
  const sameDateAfter: Prisma.ArticleWhereInput = {
    OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }],
  };
  if (anchor.publishedAt === null) return { publishedAt: null, ...sameDateAfter };
  return {
    OR: [
      { publishedAt: { lt: anchor.publishedAt } },
      { publishedAt: null },
      { publishedAt: anchor.publishedAt, ...sameDateAfter },
    ],
  };
}

export async function findArticle(db: DbExecutor, id: string): Promise<TArticle | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: { ...summarySelect, text: true, byline: true, language: true, contentHash: true },
  });
  if (!row) return null;
  const claims = await findArticleClaims(db, id);
  return {
    ...toSummary(row, claims.length),
    text: row.text,
    byline: row.byline,
    language: row.language,
    contentHash: row.contentHash,
    claims: claims.map(toClaim),
  };
}

/** Claims read per statement: an article of 2,000 claims is read in parts that give way between them. */
const CLAIM_PAGE = 400;

/** An article's current claims in text order, read page by page after the last one read. */
async function findArticleClaims(db: DbExecutor, articleId: string) {
  const claims: Array<Prisma.ClaimGetPayload<{ select: typeof claimSelect }>> = [];
  for (;;) {
    const last = claims.at(-1);
    const after: Prisma.ClaimWhereInput = last
      ? {
          OR: [
            { start: { gt: last.start } },
            { start: last.start, end: { gt: last.end } },
            { start: last.start, end: last.end, id: { gt: last.id } },
          ],
        }
      : {};
    const page = await db.claim.findMany({
      where: { articleId, removedInVersion: 0, ...after },
      select: claimSelect,
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
      take: CLAIM_PAGE,
    });
    claims.push(...page);
    if (page.length < CLAIM_PAGE) return claims;
    // The embedded database answers on this thread: other requests get a turn between pages.
    await nextTurn();
  }
}

/** The article's identity without its text or claims (consumer API). */
export async function findArticleHeader(
  db: DbExecutor,
  id: string,
): Promise<{ id: string; title: string; url: string | null; publisher: string | null; publishedAt: Date | null } | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: { id: true, title: true, url: true, publishedAt: true, publisher: { select: { name: true } } },
  });
  return row
    ? { id: row.id, title: row.title, url: row.url, publishedAt: row.publishedAt, publisher: row.publisher?.name ?? null }
    : null;
}

export async function countArticles(db: DbExecutor): Promise<number> {
  return db.article.count();
}
