import { newId } from './new-id';
import type { DbExecutor } from '../client';
import { Prisma } from '../generated/prisma/client';
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
 * The insert of many audit entries in one statement of fixed text (the rows one JSON parameter), a
 * part of placing's one statement (writePlacing): Prisma's createMany compiled its insert afresh
 * for each number of rows. Ids are made here (newId); the entries share their time.
 */
export function auditRowsSql(entries: AuditEntry[], at: Date): Prisma.Sql {
  const rows = entries.map((e) => ({ ...e, id: newId(), before: e.before ?? null, after: e.after ?? null }));
  return Prisma.sql`INSERT INTO "AuditEvent" ("id", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after", "at")
    SELECT r."id", r."actorId", r."actorLabel", r."action", r."entityType", r."entityId", r."before", r."after", ${at}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r("id" text, "actorId" text, "actorLabel" text, "action" text, "entityType" text, "entityId" text, "before" jsonb, "after" jsonb)`;
}
