import { readableDate, type TExportFilter, type TReportClaim } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';

const person = { select: { email: true } } as const;

const reportSelect = {
  id: true,
  text: true,
  sentence: true,
  kinds: true,
  value: true,
  unit: true,
  speaker: true,
  timeStart: true,
  timeEnd: true,
  state: true,
  checkworthiness: true,
  article: { select: { id: true, title: true, url: true, publishedAt: true, publisher: { select: { name: true } } } },
  verdictLabel: { select: { name: true, slug: true, rating: true, colour: true, scaleId: true } },
  reviews: {
    where: { state: { in: ['approved', 'submitted'] }, corrections: { none: {} } },
    select: { rationale: true, decidedAt: true, reviewer: person, approver: person },
    orderBy: { createdAt: 'desc' },
    take: 1,
  },
  citations: {
    select: {
      id: true,
      sourceUrl: true,
      title: true,
      publisher: true,
      stance: true,
      quoteExact: true,
      accessedAt: true,
      archivedAt: true,
      archivedHash: true,
    },
    orderBy: { createdAt: 'asc' },
  },
} satisfies Prisma.ClaimSelect;

type ReportRow = Prisma.ClaimGetPayload<{ select: typeof reportSelect }>;
type RatingBounds = Map<string, { best: number; worst: number }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function toReportClaim(row: ReportRow, bounds: RatingBounds): TReportClaim {
  const review = row.reviews[0];
  const label = row.verdictLabel;
  const scale = label ? bounds.get(label.scaleId) : undefined;
  return {
    id: row.id,
    text: row.text,
    sentence: row.sentence,
    kinds: row.kinds,
    value: row.value,
    unit: row.unit,
    speaker: row.speaker,
    timeStart: day(row.timeStart),
    timeEnd: day(row.timeEnd),
    state: row.state,
    checkworthiness: row.checkworthiness,
    article: {
      id: row.article.id,
      title: row.article.title,
      url: row.article.url,
      publisher: row.article.publisher?.name ?? null,
      publishedAt: readableDate(row.article.publishedAt),
    },
    verdict: label
      ? {
          name: label.name,
          slug: label.slug,
          rating: label.rating,
          colour: label.colour,
          bestRating: scale?.best ?? label.rating,
          worstRating: scale?.worst ?? 1,
        }
      : null,
    review: review
      ? {
          rationale: review.rationale,
          reviewer: review.reviewer.email,
          approver: review.approver?.email ?? null,
          decidedAt: review.decidedAt,
        }
      : null,
    citations: row.citations.map((c) => ({
      id: c.id,
      sourceUrl: c.sourceUrl,
      title: c.title,
      publisher: c.publisher,
      stance: c.stance,
      quote: c.quoteExact,
      accessedAt: readableDate(c.accessedAt) ?? new Date(0),
      archivedAt: c.archivedAt,
      archiveHash: c.archivedHash,
    })),
  };
}

export function reportWhere(filter: TExportFilter): Prisma.ClaimWhereInput {
  return {
    ...(filter.claimId ? { id: filter.claimId } : {}),
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
    ...(filter.groupId ? { groupId: filter.groupId } : {}),
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.kind ? { kinds: { has: filter.kind } } : {}),
    ...(filter.minCheckworthiness !== undefined ? { checkworthiness: { gte: filter.minCheckworthiness } } : {}),
  };
}

export async function countReportClaims(db: DbExecutor, filter: TExportFilter): Promise<number> {
  return db.claim.count({ where: reportWhere(filter) });
}

/**
 * Claims of the filter whose article has no http(s) URL, so their ClaimReview would have no
 * appearance (articles entered as text): ids of the first `take` in report order, and how many
 * there are. A verdict and a decision date come with every approval.
 */
export async function findClaimsWithoutAppearance(
  db: DbExecutor,
  filter: TExportFilter,
  take: number,
): Promise<{ count: number; ids: string[] }> {
  const web = (scheme: string) => ({ NOT: { url: { startsWith: scheme } } });
  const where: Prisma.ClaimWhereInput = {
    ...reportWhere(filter),
    article: { OR: [{ url: null }, { AND: [web('http://'), web('https://')] }] },
  };
  const [count, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({ where, select: { id: true }, orderBy: [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }], take }),
  ]);
  return { count, ids: rows.map((r) => r.id) };
}

/** Best and worst numeric rating of each verdict scale (labels rated 0 are off the axis). */
export async function loadRatingBounds(db: DbExecutor): Promise<RatingBounds> {
  const rows = await db.verdictLabel.groupBy({
    by: ['scaleId'],
    where: { rating: { gt: 0 } },
    _max: { rating: true },
    _min: { rating: true },
  });
  return new Map(rows.map((r) => [r.scaleId, { best: r._max.rating ?? 1, worst: r._min.rating ?? 1 }]));
}

/** Rating bounds change only when an admin edits a scale; lookups reuse them for a few seconds. */
const BOUNDS_TTL_MS = 5_000;
const boundsCache = new WeakMap<object, { at: number; bounds: Promise<RatingBounds> }>();

function cachedRatingBounds(db: DbExecutor): Promise<RatingBounds> {
  const hit = boundsCache.get(db);
  if (hit && Date.now() - hit.at < BOUNDS_TTL_MS) return hit.bounds;
  const bounds = loadRatingBounds(db);
  boundsCache.set(db, { at: Date.now(), bounds });
  return bounds;
}

/**
 * One page of report claims in article order (keyset pagination on article, position, id),
 * after `after` when given.
 */
export async function listReportClaims(
  db: DbExecutor,
  filter: TExportFilter,
  bounds: RatingBounds,
  take: number,
  after?: string,
): Promise<TReportClaim[]> {
  const rows = await db.claim.findMany({
    where: reportWhere(filter),
    select: reportSelect,
    orderBy: [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    take,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  return rows.map((row) => toReportClaim(row, bounds));
}

export type ReportLookup = { claimId?: string; articleId?: string; articleUrl?: string; textContains?: string };

/** Report claims found by id, article, article URL or words in their text (consumer API). */
export async function findReportClaims(db: DbExecutor, lookup: ReportLookup, take: number): Promise<TReportClaim[]> {
  const where: Prisma.ClaimWhereInput = {
    ...(lookup.claimId ? { id: lookup.claimId } : {}),
    ...(lookup.articleId ? { articleId: lookup.articleId } : {}),
    ...(lookup.articleUrl ? { article: { OR: [{ url: lookup.articleUrl }, { canonicalUrl: lookup.articleUrl }] } } : {}),
    ...(lookup.textContains
      ? {
          OR: [
            { text: { contains: lookup.textContains, mode: 'insensitive' } },
            { sentence: { contains: lookup.textContains, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] = lookup.textContains
    ? [{ checkworthiness: 'desc' }, { id: 'asc' }]
    : [{ articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }];
  const [rows, bounds] = await Promise.all([
    db.claim.findMany({ where, select: reportSelect, orderBy, take }),
    cachedRatingBounds(db),
  ]);
  return rows.map((row) => toReportClaim(row, bounds));
}
