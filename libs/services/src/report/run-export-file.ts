import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  appendExportChunk,
  beginExportRun,
  failExportFile,
  findExportFile,
  findExportRequester,
  finishExportRun,
  type DbClient,
} from '@claimledger/db';
import { AppError, isAppError, type Actor } from '@claimledger/domain';
import { readableReason } from '../internal-error';
import { storedExport } from './export-file';
import { exportReport } from './export-report';

/** Bytes per stored chunk: memory holds about one chunk whatever the file's size. */
export const EXPORT_CHUNK_BYTES = 256 * 1024;

export type ExportRunOutcome = {
  fileId: string;
  status: 'ready' | 'failed' | 'pending' | 'gone';
  byteSize?: number;
  claimCount?: number;
  reason?: string;
};

/** Another run took the file over (an earlier attempt that was thought dead came back). */
class SupersededError extends Error {}

/** Writes a report stream into a run's chunks; returns its size in bytes. */
async function storeStream(db: DbClient, fileId: string, runId: string, stream: Readable, signal?: AbortSignal): Promise<number> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let total = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (!(await appendExportChunk(db, fileId, runId, seq++, bytes))) throw new SupersededError();
    total += bytes.length;
  };
  for await (const piece of stream as AsyncIterable<Buffer | string>) {
    signal?.throwIfAborted();
    const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
    pending.push(buffer);
    pendingBytes += buffer.length;
    if (pendingBytes >= EXPORT_CHUNK_BYTES) await flush();
  }
  await flush();
  return total;
}

/** The person who asked, as they are now: a disabled or deleted user exports nothing. */
async function requesterOf(db: DbClient, userId: string): Promise<Actor> {
  const user = await findExportRequester(db, userId);
  if (!user || user.disabled) throw new AppError('FORBIDDEN', 'The user who asked for this export is disabled or gone.');
  return { id: user.id, label: user.email, role: user.role };
}

/**
 * Writes one export file (the `export` job). Idempotent: each attempt starts a fresh run that
 * replaces any earlier run's bytes, and a file already ready or failed is left alone. A refused
 * request (permission, invalid ClaimReview, too many claims for a PDF) fails the file with the
 * reason; other errors are thrown for a retry, and on the last attempt also recorded.
 */
export async function runExportFile(
  db: DbClient,
  fileId: string,
  attempt: { isLast: boolean; signal?: AbortSignal },
): Promise<ExportRunOutcome> {
  const row = await findExportFile(db, fileId);
  if (!row) return { fileId, status: 'gone' };
  if (row.status !== 'pending') return { fileId, status: row.status };
  const runId = randomUUID();
  if (!(await beginExportRun(db, fileId, runId))) return { fileId, status: (await findExportFile(db, fileId))?.status ?? 'gone' };
  try {
    const { filter, options } = storedExport(row);
    const actor = await requesterOf(db, row.createdById);
    const report = await exportReport(db, actor, { ...filter, format: row.format }, options);
    const byteSize = await storeStream(db, fileId, runId, report.stream, attempt.signal);
    const finished = await finishExportRun(db, fileId, runId, { byteSize, claimCount: report.claimCount, readyAt: new Date() });
    if (!finished) return { fileId, status: 'pending', reason: 'another run took this file over' };
    return { fileId, status: 'ready', byteSize, claimCount: report.claimCount };
  } catch (error) {
    if (error instanceof SupersededError) return { fileId, status: 'pending', reason: 'another run took this file over' };
    if (isAppError(error) && error.code !== 'UNAVAILABLE' && error.code !== 'INTERNAL') {
      await failExportFile(db, fileId, error.message, runId);
      return { fileId, status: 'failed', reason: error.message };
    }
    // The requester reads the reason: an unexpected error's text stays in the log.
    if (attempt.isLast) await failExportFile(db, fileId, readableReason(error, `export ${fileId}`), runId);
    throw error;
  }
}
