import type { TExportFileStatus, TExportFilter, TExportFormat } from '@claimledger/contracts';
import type { Role } from '@claimledger/domain';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';

const fileSelect = {
  id: true,
  format: true,
  filter: true,
  options: true,
  status: true,
  runId: true,
  contentType: true,
  fileName: true,
  claimCount: true,
  byteSize: true,
  failure: true,
  jobId: true,
  createdById: true,
  createdAt: true,
  readyAt: true,
  expiresAt: true,
} satisfies Prisma.ExportFileSelect;

/** An export file's row without its bytes; `filter` and `options` as stored (the service parses them). */
export type ExportFileRow = {
  id: string;
  format: TExportFormat;
  filter: unknown;
  options: unknown;
  status: TExportFileStatus;
  runId: string | null;
  contentType: string;
  fileName: string;
  claimCount: number | null;
  byteSize: number;
  failure: string | null;
  jobId: string | null;
  createdById: string;
  createdAt: Date;
  readyAt: Date | null;
  expiresAt: Date;
};

const toRow = (row: Prisma.ExportFileGetPayload<{ select: typeof fileSelect }>): ExportFileRow => ({
  ...row,
  byteSize: Number(row.byteSize),
});

export async function insertExportFile(
  db: DbExecutor,
  file: {
    format: TExportFormat;
    filter: TExportFilter;
    options: Record<string, unknown>;
    contentType: string;
    fileName: string;
    createdById: string;
    expiresAt: Date;
  },
): Promise<ExportFileRow> {
  const json = (value: object) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
  const row = await db.exportFile.create({
    data: { ...file, filter: json(file.filter), options: json(file.options) },
    select: fileSelect,
  });
  return toRow(row);
}

export async function findExportFile(db: DbExecutor, id: string): Promise<ExportFileRow | null> {
  const row = await db.exportFile.findUnique({ where: { id }, select: fileSelect });
  return row ? toRow(row) : null;
}

export async function setExportFileJob(db: DbExecutor, id: string, jobId: string): Promise<void> {
  await db.exportFile.updateMany({ where: { id }, data: { jobId } });
}

/**
 * Starts a fresh run writing a pending file: it becomes the file's run and the chunks of any
 * earlier run are removed. False when the file is no longer pending (or gone).
 */
export async function beginExportRun(db: DbExecutor, id: string, runId: string): Promise<boolean> {
  const { count } = await db.exportFile.updateMany({
    where: { id, status: 'pending' },
    data: { runId, byteSize: 0, claimCount: null, failure: null },
  });
  if (count === 0) return false;
  await db.exportFileChunk.deleteMany({ where: { fileId: id, runId: { not: runId } } });
  return true;
}

/** Stores chunk `seq` of a run; false when another run has taken the file over (nothing is stored). */
export async function appendExportChunk(
  db: DbExecutor,
  id: string,
  runId: string,
  seq: number,
  bytes: Uint8Array,
): Promise<boolean> {
  const stored = await db.$executeRaw`
    INSERT INTO "ExportFileChunk" ("fileId", "runId", "seq", "bytes")
    SELECT f."id", ${runId}, ${seq}::int, ${bytes}
    FROM "ExportFile" f
    WHERE f."id" = ${id} AND f."runId" = ${runId} AND f."status" = 'pending'`;
  return stored === 1;
}

/** Marks a run's file ready; false when another run has taken it over. Other runs' chunks go. */
export async function finishExportRun(
  db: DbExecutor,
  id: string,
  runId: string,
  done: { byteSize: number; claimCount: number; readyAt: Date },
): Promise<boolean> {
  const { count } = await db.exportFile.updateMany({
    where: { id, runId, status: 'pending' },
    data: { status: 'ready', byteSize: BigInt(done.byteSize), claimCount: done.claimCount, readyAt: done.readyAt },
  });
  if (count === 0) return false;
  await db.exportFileChunk.deleteMany({ where: { fileId: id, runId: { not: runId } } });
  return true;
}

/** Marks a pending file failed with the reason (only the given run's, when one is given); its chunks go. */
export async function failExportFile(db: DbExecutor, id: string, reason: string, runId?: string): Promise<boolean> {
  const { count } = await db.exportFile.updateMany({
    where: { id, status: 'pending', ...(runId ? { runId } : {}) },
    data: { status: 'failed', failure: reason },
  });
  if (count > 0) await db.exportFileChunk.deleteMany({ where: { fileId: id } });
  return count > 0;
}

/** Up to `take` chunks of a run after chunk `afterSeq`, in order. */
export async function readExportChunks(
  db: DbExecutor,
  id: string,
  runId: string,
  afterSeq: number,
  take: number,
): Promise<{ seq: number; bytes: Uint8Array }[]> {
  return db.exportFileChunk.findMany({
    where: { fileId: id, runId, seq: { gt: afterSeq } },
    orderBy: { seq: 'asc' },
    take,
    select: { seq: true, bytes: true },
  });
}

/** Deletes files (and their chunks) whose expiry has passed; returns how many. */
export async function deleteExpiredExportFiles(db: DbExecutor, now: Date): Promise<number> {
  const { count } = await db.exportFile.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/** Who asked for an export file, as the worker re-checks them: role and whether they are disabled. */
export async function findExportRequester(
  db: DbExecutor,
  userId: string,
): Promise<{ id: string; email: string; role: Role; disabled: boolean } | null> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  return row ? { id: row.id, email: row.email, role: row.role, disabled: row.disabledAt !== null } : null;
}
