/**
 * npm run bench:export-file — a background export (the `export` job's work) at 20k claims: time
 * and heap growth while the CSV and ClaimReview reports are streamed into database chunks, and
 * while the stored file is read back. Fresh embedded database in a temporary folder (or DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TExportFormat } from '@claimledger/contracts';
import { ensureVerdictScale } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { createTestActorForBench, insertBenchData } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { openExportFile, requestExportFile } from '../src/report/export-file';
import { runExportFile } from '../src/report/run-export-file';

const CLAIMS = 20_000;
const FORMATS: TExportFormat[] = ['csv', 'claimreview'];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Runs `work` and returns its seconds and the heap's growth over where it started (sampled every 10 ms). */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; heapGrowth: number }> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const started = performance.now();
  const result = await work();
  clearInterval(timer);
  return { result, seconds: (performance.now() - started) / 1000, heapGrowth: peak - before };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'claimledger-bench-'));
const db = await openMigratedDatabase({ dataDir: path.join(dataDir, 'pglite') });
try {
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  await insertBenchData(db.prisma, CLAIMS / 5_000, 5_000);
  const admin = await createTestActorForBench(db.prisma);
  const holding = { enqueue: () => Promise.resolve(null) };
  // One unreported run first: what the bulk load leaves on the heap is released by the next
  // large read, so measuring starts from a steady state (as bench:export does).
  const warm = await requestExportFile(db.prisma, holding, admin, { format: 'csv' }, { publicUrl: 'https://bench.example.org' });
  await runExportFile(db.prisma, warm.id, { isLast: true });
  console.log('format        claims  write s  write heap MB   file MB  read s  read heap MB');
  for (const format of FORMATS) {
    const file = await requestExportFile(db.prisma, holding, admin, { format }, { publicUrl: 'https://bench.example.org' });
    const write = await measure(() => runExportFile(db.prisma, file.id, { isLast: true }));
    if (write.result.status !== 'ready') throw new Error(`the export failed: ${write.result.reason ?? ''}`);
    const read = await measure(async () => {
      const stored = await openExportFile(db.prisma, admin, { id: file.id });
      await pipeline(stored.stream, new Writable({ write: (_c, _e, done) => done() }));
    });
    console.log(
      `${format.padEnd(12)} ${String(write.result.claimCount).padStart(7)} ${write.seconds.toFixed(1).padStart(8)} ${mb(write.heapGrowth).padStart(14)} ${mb(write.result.byteSize ?? 0).padStart(9)} ${read.seconds.toFixed(1).padStart(7)} ${mb(read.heapGrowth).padStart(13)}`,
    );
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
