import type { VerdictLabelSpec } from '@claimledger/domain';
import type { DbExecutor } from '../client';

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
