import type { TClaimDetail, TClaimFields, TClaimListFilter, TPersonRef } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import { Prisma } from '../generated/prisma/client';
import { claimSelect, toClaim } from './claim-mapper';
import { claimFilterSql, type ClaimFilter } from './claim-filter-sql';
import { decodeCursor, encodeCursor } from './claim-cursor';
import { labelSelect } from './verdict-repository';

const personSelect = { id: true, name: true, email: true } as const;

const detailSelect = {
  ...claimSelect,
  article: { select: { title: true } },
  verdictLabel: { select: labelSelect },
  assignments: { select: { assignee: { select: personSelect } }, take: 1 },
  groupId: true,
  isRepeat: true,
  valueChange: true,
} satisfies Prisma.ClaimSelect;

type DetailRow = Prisma.ClaimGetPayload<{ select: typeof detailSelect }>;

function toDetail({ article, verdictLabel, assignments, groupId, isRepeat, valueChange, ...row }: DetailRow): TClaimDetail {
  return {
    ...toClaim(row),
    articleTitle: article.title,
    verdict: verdictLabel,
    assignee: assignments[0]?.assignee ?? null,
    groupId,
    isRepeat,
    valueChange,
  };
}

export async function findClaimDetail(db: DbExecutor, id: string): Promise<TClaimDetail | null> {
  const row = await db.claim.findUnique({ where: { id }, select: detailSelect });
  return row ? toDetail(row) : null;
}

/**
 * Claims matching the queue filter, counted up to `cap`: it stops at cap + 1 matches, on whatever
 * index the planner finds best for the filter (no sort order forced on it).
 */
export async function countClaimsCapped(
  db: DbExecutor,
  filter: TClaimListFilter,
  actorId: string | null,
  cap: number,
): Promise<{ total: number; totalIsCapped: boolean }> {
  const [row] = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Claim" c WHERE ${claimFilterSql(filter, actorId)} LIMIT ${cap + 1}) t`;
  const n = Number(row?.n ?? 0);
  return { total: Math.min(n, cap), totalIsCapped: n > cap };
}

/**
 * How many claims the planner expects the queue filter to match (EXPLAIN, from the table
 * statistics: nothing is read). Good to a few per cent for one filter, rougher for several.
 */
export async function estimateClaims(db: DbExecutor, filter: ClaimFilter, actorId: string | null): Promise<number> {
  const rows = await db.$queryRaw<Array<{ 'QUERY PLAN': unknown }>>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c WHERE ${claimFilterSql(filter, actorId)}`;
  const raw = rows[0]?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan?: { 'Plan Rows'?: number } }>;
  return Math.round(plan[0]?.Plan?.['Plan Rows'] ?? 0);
}

type DetailSqlRow = Omit<DetailRow, 'article' | 'verdictLabel' | 'assignments'> & {
  articleTitle: string;
  label: TClaimDetail['verdict'];
  assignee: TPersonRef | null;
};

/**
 * Claim details for these ids, in the order given (queue pages, search results): one statement
 * (Prisma's relation loading took five: claims, articles, labels, assignments, users). The
 * assignee comes from the claim's own copy ("assigneeId").
 */
export async function findClaimDetailsByIds(db: DbExecutor, ids: string[]): Promise<TClaimDetail[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<DetailSqlRow[]>`
    SELECT c."id", c."articleId", c."start", c."end", c."text", c."sentence", c."kind"::text AS "kind",
      c."kinds"::text[] AS "kinds", c."value", c."low", c."high", c."unit", c."counted", c."place",
      c."bound"::text AS "bound", c."hedged", c."speaker", c."isQuote", c."timeStart", c."timeEnd",
      c."checkworthiness", c."extractorVersion", c."state"::text AS "state", c."version",
      c."groupId", c."isRepeat", c."valueChange", a."title" AS "articleTitle",
      CASE WHEN l."id" IS NULL THEN NULL ELSE json_build_object('id', l."id", 'slug', l."slug", 'name', l."name",
        'colour', l."colour", 'description', l."description", 'rating', l."rating") END AS "label",
      CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."name", 'email', u."email") END AS "assignee"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "VerdictLabel" l ON l."id" = c."verdictLabelId"
    LEFT JOIN "User" u ON u."id" = c."assigneeId"
    WHERE c."id" = ANY(${ids}::text[])`;
  const byId = new Map(
    rows.map(({ articleTitle, label, assignee, groupId, isRepeat, valueChange, ...row }) => [
      row.id,
      { ...toClaim(row), articleTitle, verdict: label, assignee, groupId, isRepeat, valueChange } satisfies TClaimDetail,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One queue page, most check-worthy first (id breaks ties), after `cursor` when given: a
 * keyset page on the (checkworthiness desc, id) indexes, as fast at the 500,000th claim as at
 * the first. Returns the cursor of the next page, or null on the last one.
 */
export async function listClaimDetails(
  db: DbExecutor,
  filter: TClaimListFilter,
  actorId: string | null,
): Promise<{ items: TClaimDetail[]; nextCursor: string | null }> {
  const after = filter.cursor ? decodeCursor(filter.cursor) : null;
  const afterSql = after
    ? Prisma.sql`AND c."checkworthiness" <= ${after.checkworthiness}
        AND (c."checkworthiness" < ${after.checkworthiness} OR c."id" > ${after.id})`
    : Prisma.empty;
  // The ids by SQL (the same filter as the count, the estimate and search), then their details.
  const rows = await db.$queryRaw<Array<{ id: string; checkworthiness: number }>>`
    SELECT c."id", c."checkworthiness" FROM "Claim" c
    WHERE ${claimFilterSql(filter, actorId)} ${afterSql}
    ORDER BY c."checkworthiness" DESC, c."id" ASC
    LIMIT ${filter.limit + 1}`;
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last ? encodeCursor({ checkworthiness: last.checkworthiness, id: last.id }) : null;
  return {
    items: await findClaimDetailsByIds(
      db,
      page.map((r) => r.id),
    ),
    nextCursor,
  };
}

/** Writes corrected structured fields only at the expected version; false when someone else wrote first. */
export async function updateClaimFieldsIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  fields: TClaimFields,
): Promise<boolean> {
  const { timeStart, timeEnd, kinds, ...rest } = fields;
  const data: Prisma.ClaimUpdateManyMutationInput = { ...rest, version: { increment: 1 } };
  if (kinds) Object.assign(data, { kinds, kind: kinds[0] });
  if (timeStart !== undefined) data.timeStart = timeStart ? new Date(`${timeStart}T00:00:00Z`) : null;
  if (timeEnd !== undefined) data.timeEnd = timeEnd ? new Date(`${timeEnd}T00:00:00Z`) : null;
  const { count } = await db.claim.updateMany({ where: { id, version: expectedVersion }, data });
  return count === 1;
}

/**
 * Gives the claim to one person (replacing any assignee) or to nobody, and keeps the claim's own
 * copy ("assigneeId", what the queue filters on) equal to it: call inside a transaction.
 */
export async function setAssignment(
  db: DbExecutor,
  claimId: string,
  assigneeId: string | null,
  assignedById: string,
): Promise<void> {
  // Raw, so that the claim's updatedAt and version stay as they are: assigning is not an edit.
  await db.$executeRaw`UPDATE "Claim" SET "assigneeId" = ${assigneeId} WHERE "id" = ${claimId}`;
  if (!assigneeId) {
    await db.assignment.deleteMany({ where: { claimId } });
    return;
  }
  await db.assignment.upsert({
    where: { claimId },
    create: { claimId, assigneeId, assignedById },
    update: { assigneeId, assignedById, createdAt: new Date() },
  });
}

/** Who has the claim, if anyone. */
export async function findAssignee(db: DbExecutor, claimId: string): Promise<TPersonRef | null> {
  const row = await db.assignment.findUnique({ where: { claimId }, select: { assignee: { select: personSelect } } });
  return row?.assignee ?? null;
}
