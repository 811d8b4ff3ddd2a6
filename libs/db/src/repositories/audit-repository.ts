import type { DbExecutor } from '../client';
import type { InputJsonValue } from '../generated/prisma/internal/prismaNamespace';

export type AuditEntry = {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: InputJsonValue;
  after?: InputJsonValue;
};

export async function recordAudit(db: DbExecutor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: entry });
}

/** recordAudit for many entries in one statement. */
export async function recordAudits(db: DbExecutor, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.auditEvent.createMany({ data: entries });
}
