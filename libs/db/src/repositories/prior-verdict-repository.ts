import type { TPriorVerdict } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import { queryRows } from '../connection/hot-sql';
import { Prisma } from '../generated/prisma/client';

type PriorRow = {
  key: string;
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

/** Which rows a prior-verdict read looks at, and the key each of its rows is found under. */
type PriorScope = { key: Prisma.Sql; join: Prisma.Sql; where: Prisma.Sql };

/**
 * The prior-verdict rows of a scope, best first per key: a published claim first (latest approved
 * review; one without a decision date counts as the oldest), else the fact-check reviewed last
 * (undated ones after, then the last imported).
 */
function priorRowsSql(claims: PriorScope, checks: PriorScope, exceptClaimIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (p."key") p."key", p."source", p."claimId", p."verdict", p."slug", p."verdictLabelId",
      p."ratingValue", p."date", p."publisher", p."reviewUrl"
    FROM (
      SELECT ${claims.key} AS "key", 0::int AS "source", c."id" AS "claimId", v."name" AS "verdict", v."slug", c."verdictLabelId",
        NULL::float8 AS "ratingValue", r."decidedAt" AS "date", pub."name" AS "publisher", NULL::text AS "reviewUrl",
        coalesce(r."decidedAt", 'epoch'::timestamp) AS "first", NULL::timestamp AS "second", c."id" AS "third"
      FROM "Claim" c
      JOIN "VerdictLabel" v ON v."id" = c."verdictLabelId"
      JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "Publisher" pub ON pub."id" = a."publisherId"
      LEFT JOIN LATERAL (
        SELECT rv."decidedAt" FROM "Review" rv
        WHERE rv."claimId" = c."id" AND rv."state" = 'approved' ORDER BY rv."decidedAt" DESC LIMIT 1
      ) r ON true${claims.join}
      WHERE ${claims.where} AND c."state" = 'approved' AND NOT (c."id" = ANY(${exceptClaimIds}::text[]))
      UNION ALL
      SELECT ${checks.key}, 1, NULL, f."ratingName", NULL, NULL, f."ratingValue", f."reviewDate", f."publisherName", f."reviewUrl",
        f."reviewDate", f."importedAt", f."id"
      FROM "ImportedFactCheck" f${checks.join}
      WHERE ${checks.where}
    ) p
    ORDER BY p."key", p."source", p."first" DESC NULLS LAST, p."second" DESC NULLS LAST, p."third"`;
}

/**
 * The prior verdicts of tracked claims (key: the group id) and of candidates that have none yet
 * (key: `claim:<id>` or `factCheck:<id>`: the verdict a tracked claim made around one alone would
 * have), in one statement of fixed text: for placing, which makes such tracked claims.
 */
export async function findPriorVerdictsOf(
  db: DbExecutor,
  scope: { groupIds: string[]; claimIds: string[]; factCheckIds: string[] },
  exceptClaimIds: string[],
  publicUrl: string,
): Promise<Map<string, TPriorVerdict>> {
  const unique = (ids: string[]) => [...new Set(ids)];
  const groupIds = unique(scope.groupIds);
  if (!groupIds.length && !scope.claimIds.length && !scope.factCheckIds.length) return new Map();
  const keyed = (row: Prisma.Sql, ids: string[], prefix: string) => ({
    key: Prisma.sql`k."key"`,
    join: Prisma.sql`
      CROSS JOIN LATERAL unnest(array_remove(ARRAY[
        CASE WHEN ${row}."groupId" = ANY(${groupIds}::text[]) THEN ${row}."groupId" END,
        CASE WHEN ${row}."id" = ANY(${ids}::text[]) THEN ${prefix}::text || ${row}."id" END], NULL)) AS k("key")`,
    where: Prisma.sql`(${row}."groupId" = ANY(${groupIds}::text[]) OR ${row}."id" = ANY(${ids}::text[]))`,
  });
  const rows = await queryRows<PriorRow>(
    db,
    priorRowsSql(
      keyed(Prisma.raw('c'), unique(scope.claimIds), 'claim:'),
      keyed(Prisma.raw('f'), unique(scope.factCheckIds), 'factCheck:'),
      exceptClaimIds,
    ),
  );
  return priorVerdictsOf(rows, publicUrl);
}

/** findPriorVerdict for many tracked claims in one statement; groups without a verdict are absent. */
export async function findPriorVerdicts(
  db: DbExecutor,
  groupIds: string[],
  exceptClaimIds: string[],
  publicUrl: string,
): Promise<Map<string, TPriorVerdict>> {
  const ids = [...new Set(groupIds)];
  if (!ids.length) return new Map();
  const byGroup = (row: string): PriorScope => ({
    key: Prisma.raw(`${row}."groupId"`),
    join: Prisma.empty,
    where: Prisma.sql`${Prisma.raw(row)}."groupId" = ANY(${ids}::text[])`,
  });
  return priorVerdictsOf(await queryRows<PriorRow>(db, priorRowsSql(byGroup('c'), byGroup('f'), exceptClaimIds)), publicUrl);
}

/** The prior verdicts of priorRowsSql's rows, by key; `publicUrl` builds our links. */
function priorVerdictsOf(rows: PriorRow[], publicUrl: string): Map<string, TPriorVerdict> {
  const found = new Map<string, TPriorVerdict>();
  const base = publicUrl.replace(/\/$/, '');
  for (const row of rows) {
    const ours = Number(row.source) === 0;
    found.set(row.key, {
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
