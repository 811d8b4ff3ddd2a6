import { ZStance, type TClaimStatusRow } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import { queryRows } from '../connection/hot-sql';
import { Prisma } from '../generated/prisma/client';

/**
 * The consumer API's hot read: claims with their article, published verdict, the review
 * behind it and its citations in ONE statement (a lateral join for the review, json_agg for
 * the citations). Prisma's relation loading took one query per relation.
 */
export type StatusLookup = { claimId: string } | { articleId: string } | { articleUrl: string } | { ids: string[] };

type Row = {
  id: string;
  text: string;
  sentence: string;
  speaker: string | null;
  state: TClaimStatusRow['state'];
  value: number | null;
  low: number | null;
  high: number | null;
  bound: TClaimStatusRow['bound'];
  unit: string | null;
  timeStart: Date | null;
  timeEnd: Date | null;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  verdictName: string | null;
  verdictSlug: string | null;
  verdictRating: number | null;
  rationale: string | null;
  decidedAt: Date | null;
  citations: Array<{ sourceUrl: string; title: string | null; stance: string; quote: string; archivedAt: string | null }>;
};

function lookupSql(lookup: StatusLookup): Prisma.Sql {
  if ('claimId' in lookup) return Prisma.sql`c."id" = ${lookup.claimId}`;
  if ('articleId' in lookup) return Prisma.sql`c."articleId" = ${lookup.articleId}`;
  if ('ids' in lookup) return Prisma.sql`c."id" = ANY(${lookup.ids})`;
  return Prisma.sql`c."articleId" IN (SELECT a2."id" FROM "Article" a2 WHERE a2."url" = ${lookup.articleUrl}
    UNION SELECT a3."id" FROM "Article" a3 WHERE a3."canonicalUrl" = ${lookup.articleUrl})`;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/** json_agg renders timestamp(3) columns (stored in UTC) without a zone. */
const utc = (s: string | null) => (s ? new Date(s.endsWith('Z') ? s : `${s}Z`) : null);

export async function findClaimStatusRows(db: DbExecutor, lookup: StatusLookup, take: number): Promise<TClaimStatusRow[]> {
  const order = 'ids' in lookup ? Prisma.empty : Prisma.sql`ORDER BY c."articleId", c."start", c."id"`;
  const rows = await queryRows<Row>(
    db,
    Prisma.sql`
    SELECT c."id", c."text", c."sentence", c."speaker", c."state"::text AS "state", c."value", c."low", c."high",
      c."bound"::text AS "bound", c."unit", c."timeStart", c."timeEnd",
      a."id" AS "articleId", a."title" AS "articleTitle", a."url" AS "articleUrl",
      l."name" AS "verdictName", l."slug" AS "verdictSlug", l."rating" AS "verdictRating",
      r."rationale", r."decidedAt",
      CASE WHEN c."state" = 'approved' THEN COALESCE((
        SELECT json_agg(json_build_object('sourceUrl', ci."sourceUrl", 'title', ci."title", 'stance', ci."stance",
          'quote', ci."quoteExact", 'archivedAt', ci."archivedAt") ORDER BY ci."createdAt")
        FROM "Citation" ci WHERE ci."claimId" = c."id"), '[]'::json) ELSE '[]'::json END AS "citations"
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "VerdictLabel" l ON l."id" = c."verdictLabelId"
    LEFT JOIN LATERAL (
      SELECT rv."rationale", rv."decidedAt" FROM "Review" rv
      WHERE rv."claimId" = c."id" AND rv."state" IN ('approved', 'submitted')
        AND NOT EXISTS (SELECT 1 FROM "Correction" co WHERE co."reviewId" = rv."id")
      ORDER BY rv."createdAt" DESC LIMIT 1
    ) r ON TRUE
    WHERE ${lookupSql(lookup)}
    ${order}
    LIMIT ${take}`,
  );
  const mapped = rows.map((r): TClaimStatusRow => ({
    id: r.id,
    text: r.text,
    sentence: r.sentence,
    speaker: r.speaker,
    state: r.state,
    value: r.value,
    low: r.low,
    high: r.high,
    bound: r.bound,
    unit: r.unit,
    timeStart: day(r.timeStart),
    timeEnd: day(r.timeEnd),
    verdict:
      r.verdictName !== null && r.verdictSlug !== null && r.verdictRating !== null
        ? { name: r.verdictName, slug: r.verdictSlug, rating: r.verdictRating }
        : null,
    review: r.rationale !== null ? { rationale: r.rationale, decidedAt: r.decidedAt } : null,
    citations: r.citations.map((c) => ({
      sourceUrl: c.sourceUrl,
      title: c.title,
      stance: ZStance.parse(c.stance),
      quote: c.quote,
      archivedAt: utc(c.archivedAt),
    })),
    article: { id: r.articleId, title: r.articleTitle, url: r.articleUrl },
  }));
  if (!('ids' in lookup)) return mapped;
  const byId = new Map(mapped.map((m) => [m.id, m]));
  return lookup.ids.flatMap((id) => byId.get(id) ?? []);
}
