import type { TAddVerdictLabelInput, TUpdateVerdictLabelInput, TVerdictLabel } from '@claimledger/contracts';
import type { VerdictLabelSpec } from '@claimledger/domain';
import type { DbExecutor } from '../client';

export const labelSelect = { id: true, slug: true, name: true, colour: true, description: true, rating: true } as const;

/** Creates the named verdict scale with its labels unless it exists already. */
export async function ensureVerdictScale(db: DbExecutor, scale: { name: string; labels: VerdictLabelSpec[] }): Promise<string> {
  const existing = await db.verdictScale.findUnique({ where: { name: scale.name }, select: { id: true } });
  if (existing) return existing.id;
  const hasDefault = (await db.verdictScale.count({ where: { isDefault: true } })) > 0;
  const created = await db.verdictScale.create({
    data: {
      name: scale.name,
      isDefault: !hasDefault,
      labels: { create: scale.labels.map((label, position) => ({ ...label, position })) },
    },
    select: { id: true },
  });
  return created.id;
}

/** The labels of the default verdict scale, in order. */
export async function listDefaultVerdictLabels(db: DbExecutor): Promise<TVerdictLabel[]> {
  return db.verdictLabel.findMany({ where: { scale: { isDefault: true } }, select: labelSelect, orderBy: { position: 'asc' } });
}

export async function findVerdictLabel(db: DbExecutor, id: string): Promise<TVerdictLabel | null> {
  return db.verdictLabel.findUnique({ where: { id }, select: labelSelect });
}

/** Changes a label's wording, colour and rating; null when no such label. */
export async function updateVerdictLabel(
  db: DbExecutor,
  { id, ...fields }: TUpdateVerdictLabelInput,
): Promise<TVerdictLabel | null> {
  const { count } = await db.verdictLabel.updateMany({ where: { id }, data: fields });
  return count === 1 ? findVerdictLabel(db, id) : null;
}

/** Adds a label at the end of the default scale; null when the slug is taken. */
export async function insertVerdictLabel(db: DbExecutor, label: TAddVerdictLabelInput): Promise<TVerdictLabel | null> {
  const scale = await db.verdictScale.findFirst({
    where: { isDefault: true },
    select: { id: true, _count: { select: { labels: true } } },
  });
  if (!scale) return null;
  const taken = await db.verdictLabel.findUnique({
    where: { scaleId_slug: { scaleId: scale.id, slug: label.slug } },
    select: { id: true },
  });
  if (taken) return null;
  return db.verdictLabel.create({ data: { ...label, scaleId: scale.id, position: scale._count.labels }, select: labelSelect });
}
