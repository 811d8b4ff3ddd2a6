import type { TClaimDetail, TClaimFields, TClaimListFilter, TPersonRef } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';
import { claimSelect, toClaim } from './claim-mapper';
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

/** The queue: claims matching the filter, most check-worthy first. */
export async function listClaimDetails(
  db: DbExecutor,
  filter: TClaimListFilter,
  actorId: string | null,
): Promise<{ items: TClaimDetail[]; total: number }> {
  const where = listWhere(filter, actorId);
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      select: detailSelect,
      orderBy: [{ checkworthiness: 'desc' }, { id: 'asc' }],
      take: filter.limit,
      skip: filter.offset,
    }),
    db.claim.count({ where }),
  ]);
  return { items: rows.map(toDetail), total };
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
