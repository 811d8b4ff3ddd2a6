import { Readable } from 'node:stream';
import { z } from 'zod';
import {
  ZExportFileIdInput,
  ZExportFilter,
  ZPublishingEnv,
  ZRequestExportInput,
  parseInput,
  type TExportFile,
  type TExportFileIdInput,
  type TPublishingEnv,
  type TRequestExportInput,
} from '@claimledger/contracts';
import {
  deleteExpiredExportFiles,
  failExportFile,
  findExportFile,
  insertExportFile,
  readExportChunks,
  setExportFileJob,
  type DbClient,
  type ExportFileRow,
} from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { REPORT_TYPES, reportOptions, type ReportOptions } from '@claimledger/reports';
import { requireUser } from '../access';
import { readableReason } from '../internal-error';
import { reportFileName, resolveExport } from './export-report';

/** How long a prepared file may be downloaded; the hourly housekeeping job deletes it after. */
export const EXPORT_FILE_TTL_HOURS = 24;
/** Chunks read per query when a file is downloaded (each a few hundred KiB). */
const READ_CHUNKS = 4;

/** Hands a new export file to a worker: one `export` job per file (libs/jobs provides it). */
export type ExportQueue = { enqueue(fileId: string): Promise<string | null> };

/** The report options stored with a file, so the worker renders it as the web request would. */
export const ZStoredReportOptions = z.object({
  organisation: z.object({ name: z.string(), url: z.string() }),
  publicUrl: z.string(),
  title: z.string(),
  generatedAt: z.coerce.date(),
});

/** Where a ready file downloads from (apps/web's route). */
export const exportDownloadUrl = (id: string) => `/api/exports/${id}`;

export function toExportFile(row: ExportFileRow): TExportFile {
  return {
    id: row.id,
    format: row.format,
    status: row.status,
    fileName: row.fileName,
    contentType: row.contentType,
    claimCount: row.claimCount,
    byteSize: row.byteSize,
    failure: row.failure,
    createdAt: row.createdAt,
    readyAt: row.readyAt,
    expiresAt: row.expiresAt,
    downloadUrl: row.status === 'ready' ? exportDownloadUrl(row.id) : null,
  };
}

/**
 * Asks for a report to be prepared by a worker: checked as the direct export is (input,
 * `report:export`, ClaimReview's rule), stored as a pending file and sent as an `export` job.
 */
export async function requestExportFile(
  db: DbClient,
  queue: ExportQueue | undefined,
  actor: Actor,
  raw: TRequestExportInput,
  publishing: { env?: TPublishingEnv; publicUrl?: string },
  now = new Date(),
): Promise<TExportFile> {
  const userId = requireUser(actor, 'report:export');
  const { title, ...request } = parseInput(ZRequestExportInput, raw);
  const resolved = resolveExport(actor, request);
  if (!queue) throw new AppError('UNAVAILABLE', 'This process runs no job queue: export directly instead.');
  const env = publishing.env ?? ZPublishingEnv.parse({});
  const row = await insertExportFile(db, {
    format: resolved.format,
    filter: resolved.filter,
    options: reportOptions(env, title ?? 'Verification report', now, publishing.publicUrl),
    contentType: REPORT_TYPES[resolved.format].contentType,
    fileName: reportFileName(resolved),
    createdById: userId,
    expiresAt: new Date(now.getTime() + EXPORT_FILE_TTL_HOURS * 3_600_000),
  });
  let jobId: string | null;
  try {
    jobId = await queue.enqueue(row.id);
  } catch (error) {
    const reason = `The export could not be queued. ${readableReason(error, 'export queue')}`;
    await failExportFile(db, row.id, reason);
    throw new AppError('UNAVAILABLE', reason);
  }
  if (jobId) await setExportFileJob(db, row.id, jobId);
  return toExportFile({ ...row, jobId });
}

/** The file if `actor` asked for it and may still export; NOT_FOUND otherwise (nobody learns others' ids). */
async function ownFile(db: DbClient, actor: Actor, raw: TExportFileIdInput): Promise<ExportFileRow> {
  const userId = requireUser(actor, 'report:export');
  const { id } = parseInput(ZExportFileIdInput, raw);
  const row = await findExportFile(db, id);
  if (!row || row.createdById !== userId) throw new AppError('NOT_FOUND', 'No such export file.');
  return row;
}

/** A background export's state: waiting or being written, ready (with its link), or failed with the reason. */
export async function getExportFile(db: DbClient, actor: Actor, raw: TExportFileIdInput): Promise<TExportFile> {
  return toExportFile(await ownFile(db, actor, raw));
}

/** The stored bytes of a run, chunk by chunk, a few chunks per query. */
async function* fileBytes(db: DbClient, id: string, runId: string): AsyncGenerator<Uint8Array> {
  let after = -1;
  for (;;) {
    const chunks = await readExportChunks(db, id, runId, after, READ_CHUNKS);
    for (const chunk of chunks) yield chunk.bytes;
    const last = chunks.at(-1);
    if (!last || chunks.length < READ_CHUNKS) return;
    after = last.seq;
  }
}

export type StoredExport = { stream: Readable; contentType: string; fileName: string; byteSize: number };

/** A ready file as a stream, for its owner while they may export; CONFLICT while it is being prepared. */
export async function openExportFile(
  db: DbClient,
  actor: Actor,
  raw: TExportFileIdInput,
  now = new Date(),
): Promise<StoredExport> {
  const row = await ownFile(db, actor, raw);
  if (row.expiresAt <= now) throw new AppError('NOT_FOUND', 'This export file has expired: export again.');
  if (row.status === 'failed') throw new AppError('UNPROCESSABLE', `This export failed: ${row.failure ?? 'no reason recorded'}`);
  if (row.status !== 'ready' || !row.runId) throw new AppError('CONFLICT', 'This export is still being prepared.');
  return {
    stream: Readable.from(fileBytes(db, row.id, row.runId)),
    contentType: row.contentType,
    fileName: row.fileName,
    byteSize: row.byteSize,
  };
}

/** Deletes export files past their expiry (the hourly housekeeping job). */
export function removeExpiredExportFiles(db: DbClient, now = new Date()): Promise<number> {
  return deleteExpiredExportFiles(db, now);
}

/** The stored filter and options of a file, checked again before a worker uses them. */
export function storedExport(row: ExportFileRow): { filter: z.infer<typeof ZExportFilter>; options: ReportOptions } {
  return { filter: ZExportFilter.parse(row.filter), options: ZStoredReportOptions.parse(row.options) };
}
