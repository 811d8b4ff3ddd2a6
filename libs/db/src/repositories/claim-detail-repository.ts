import type { TClaimDetail, TClaimFields, TClaimListFilter, TPersonRef } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';
import { claimSelect, toClaim } from './claim-mapper';
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

function listWhere(filter: TClaimListFilter, actorId: string | null): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (filter.states?.length) where.state = { in: filter.states };
  if (filter.kind) where.kinds = { has: filter.kind };
  if (filter.articleId) where.articleId = filter.articleId;
  if (filter.repeat !== undefined) where.isRepeat = filter.repeat;
  if (filter.minCheckworthiness !== undefined) where.checkworthiness = { gte: filter.minCheckworthiness };
  if (filter.assignee === 'unassigned') where.assignments = { none: {} };
  else if (filter.assignee) {
    const assigneeId = filter.assignee === 'me' ? (actorId ?? '') : filter.assignee;
    where.assignments = { some: { assigneeId } };
  }
  return where;
}

const QUEUE_ORDER: Prisma.ClaimOrderByWithRelationInput[] = [{ checkworthiness: 'desc' }, { id: 'asc' }];

/** Claims matching the queue filter, counted up to `cap` (one index range, never the whole table). */
export async function countClaimsCapped(
  db: DbExecutor,
  filter: TClaimListFilter,
  actorId: string | null,
  cap: number,
): Promise<{ total: number; totalIsCapped: boolean }> {
  // Ordered like the queue, so the count walks the sort-key index (index-only) and stops at cap + 1.
  const n = await db.claim.count({ where: listWhere(filter, actorId), orderBy: QUEUE_ORDER, take: cap + 1 });
  return { total: Math.min(n, cap), totalIsCapped: n > cap };
}

/** Claim details for these ids, in the order given (search results). */
export async function findClaimDetailsByIds(db: DbExecutor, ids: string[]): Promise<TClaimDetail[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: detailSelect });
  const byId = new Map(rows.map((r) => [r.id, toDetail(r)]));
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
  const where = listWhere(filter, actorId);
  if (filter.cursor) {
    const after = decodeCursor(filter.cursor);
    where.AND = [
      { checkworthiness: { lte: after.checkworthiness } },
      { OR: [{ checkworthiness: { lt: after.checkworthiness } }, { id: { gt: after.id } }] },
    ];
  }
  const rows = await db.claim.findMany({
    where,
    select: detailSelect,
    orderBy: QUEUE_ORDER,
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last ? encodeCursor({ checkworthiness: last.checkworthiness, id: last.id }) : null;
  return { items: page.map(toDetail), nextCursor };
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

/** Gives the claim to one person (replacing any assignee) or to nobody. */
export async function setAssignment(
  db: DbExecutor,
  claimId: string,
  assigneeId: string | null,
  assignedById: string,
): Promise<void> {
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
