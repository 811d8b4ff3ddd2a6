import { newId } from './new-id';
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

/**
 * recordAudit for many entries in one statement of fixed text (the rows one JSON parameter):
 * Prisma's createMany compiled its insert afresh for each number of rows, about 4 ms of an
 * article's placing. Ids are made here (newId); entries of one
 * call share their time, as createMany's do.
 */
export async function recordAudits(db: DbExecutor, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => ({ ...e, id: newId(), before: e.before ?? null, after: e.after ?? null }));
  await db.$executeRaw`INSERT INTO "AuditEvent" ("id", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after", "at")
    SELECT r."id", r."actorId", r."actorLabel", r."action", r."entityType", r."entityId", r."before", r."after", ${new Date()}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r("id" text, "actorId" text, "actorLabel" text, "action" text, "entityType" text, "entityId" text, "before" jsonb, "after" jsonb)`;
}
