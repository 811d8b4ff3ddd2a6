import type { TAuditEvent, TComment } from '@claimledger/contracts';
import type { DbExecutor } from '../client';

const commentSelect = {
  id: true,
  claimId: true,
  body: true,
  createdAt: true,
  author: { select: { name: true, email: true } },
} as const;

export async function insertComment(
  db: DbExecutor,
  comment: { claimId: string; authorId: string; body: string },
): Promise<TComment> {
  const { author, ...row } = await db.comment.create({ data: comment, select: commentSelect });
  return { ...row, author: author.name || author.email };
}

export async function listComments(db: DbExecutor, claimId: string): Promise<TComment[]> {
  const rows = await db.comment.findMany({ where: { claimId }, select: commentSelect, orderBy: { createdAt: 'asc' } });
  return rows.map(({ author, ...row }) => ({ ...row, author: author.name || author.email }));
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** A claim's audit trail, newest first; people by name (the stored label for the CLI and deleted users). */
export async function listAuditEvents(db: DbExecutor, entityType: string, entityId: string, limit = 200): Promise<TAuditEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { entityType, entityId },
    select: { id: true, actorLabel: true, actor: { select: { name: true } }, action: true, before: true, after: true, at: true },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    actor: r.actor?.name || r.actorLabel,
    action: r.action,
    before: asObject(r.before),
    after: asObject(r.after),
    at: r.at,
  }));
}
