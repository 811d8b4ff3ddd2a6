import type { TPriorVerdict } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import { queryRows } from '../connection/hot-sql';
import { Prisma } from '../generated/prisma/client';

type PriorRow = {
  groupId: string;
  source: number;
  claimId: string | null;
  verdict: string | null;
  slug: string | null;
  verdictLabelId: string | null;
  ratingValue: number | null;
  date: Date | null;
  publisher: string | null;
  reviewUrl: string | null;
};

/**
 * The verdict a tracked claim already has: the latest claim published here (other than
 * `exceptClaimId`), else the latest imported fact-check. `publicUrl` builds our link.
 */
export async function findPriorVerdict(
  db: DbExecutor,
  groupId: string,
  exceptClaimId: string | null,
  publicUrl: string,
): Promise<TPriorVerdict | null> {
  return (await findPriorVerdicts(db, [groupId], exceptClaimId ? [exceptClaimId] : [], publicUrl)).get(groupId) ?? null;
}

/**
 * findPriorVerdict for many tracked claims in one statement; groups without a verdict are absent.
 * Per group: a published claim first (latest approved review; one without a decision date counts
 * as the oldest), else the fact-check reviewed last (undated ones after, then the last imported).
 */
export async function findPriorVerdicts(
  db: DbExecutor,
  groupIds: string[],
  exceptClaimIds: string[],
  publicUrl: string,
): Promise<Map<string, TPriorVerdict>> {
  const ids = [...new Set(groupIds)];
  const found = new Map<string, TPriorVerdict>();
  if (!ids.length) return found;
  const rows = await queryRows<PriorRow>(
    db,
    Prisma.sql`
    SELECT DISTINCT ON (p."groupId") p."groupId", p."source", p."claimId", p."verdict", p."slug", p."verdictLabelId",
      p."ratingValue", p."date", p."publisher", p."reviewUrl"
    FROM (
      SELECT c."groupId", 0::int AS "source", c."id" AS "claimId", v."name" AS "verdict", v."slug", c."verdictLabelId",
        NULL::float8 AS "ratingValue", r."decidedAt" AS "date", pub."name" AS "publisher", NULL::text AS "reviewUrl",
        coalesce(r."decidedAt", 'epoch'::timestamp) AS "first", NULL::timestamp AS "second", c."id" AS "third"
      FROM "Claim" c
      JOIN "VerdictLabel" v ON v."id" = c."verdictLabelId"
      JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "Publisher" pub ON pub."id" = a."publisherId"
      LEFT JOIN LATERAL (
        SELECT rv."decidedAt" FROM "Review" rv
        WHERE rv."claimId" = c."id" AND rv."state" = 'approved' ORDER BY rv."decidedAt" DESC LIMIT 1
      ) r ON true
      WHERE c."groupId" = ANY(${ids}::text[]) AND c."state" = 'approved' AND NOT (c."id" = ANY(${exceptClaimIds}::text[]))
      UNION ALL
      SELECT f."groupId", 1, NULL, f."ratingName", NULL, NULL, f."ratingValue", f."reviewDate", f."publisherName", f."reviewUrl",
        f."reviewDate", f."importedAt", f."id"
      FROM "ImportedFactCheck" f
      WHERE f."groupId" = ANY(${ids}::text[])
    ) p
    ORDER BY p."groupId", p."source", p."first" DESC NULLS LAST, p."second" DESC NULLS LAST, p."third"`,
  );
  const base = publicUrl.replace(/\/$/, '');
  for (const row of rows) {
    const ours = Number(row.source) === 0;
    found.set(row.groupId, {
      source: ours ? 'claimledger' : 'imported',
      verdict: ours
        ? (row.verdict ?? '')
        : (row.verdict ?? (row.ratingValue !== null ? `rated ${Number(row.ratingValue)}` : 'reviewed')),
      slug: row.slug,
      verdictLabelId: row.verdictLabelId,
      date: row.date,
      link: ours ? `${base}/published/${row.claimId}` : (row.reviewUrl ?? ''),
      publisher: row.publisher,
      claimId: ours ? row.claimId : null,
    });
  }
  return found;
}
