/**
 * npm run bench:export — time and peak memory of streaming exports at 10k and 100k claims.
 * Runs on a fresh embedded database in a temporary folder (or DATABASE_URL when set).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TExportFormat } from '@claimledger/contracts';
import { ensureVerdictScale } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { insertBenchData } from '@claimledger/db/testing';
import { CLI_ACTOR, DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { MAX_PDF_CLAIMS, exportReport } from '../src/report/export-report';

const SIZES = [5_000, 10_000, 100_000];
const FORMATS: TExportFormat[] = ['csv', 'markdown', 'claimreview', 'pdf'];
const options = {
  organisation: { name: 'Bench', url: 'https://bench.example.org' },
  publicUrl: 'https://bench.example.org',
  title: 'Bench',
  generatedAt: new Date(),
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const dataDir = mkdtempSync(path.join(tmpdir(), 'claimledger-bench-'));
const db = await openMigratedDatabase({ dataDir: path.join(dataDir, 'pglite') });
try {
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  console.log('format       claims   seconds  claims/s   output MB  peak RSS MB  heap before MB  heap growth MB');
  let loaded = 0;
  for (const size of SIZES) {
    loaded += await insertBenchData(db.prisma, (size - loaded) / 5_000, 5_000);
    // One unreported pass first: what the bulk load leaves on the heap is released by the next
    // large read, so measuring starts from a steady state.
    await pipeline(
      (await exportReport(db.prisma, CLI_ACTOR, { format: 'csv' }, options)).stream,
      new Writable({ write: (_c, _e, done) => done() }),
    );
    for (const format of FORMATS) {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      let peak = process.memoryUsage().rss;
      let peakHeap = heapBefore;
      const sample = () => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      };
      const timer = setInterval(sample, 10);
      let bytes = 0;
      const started = performance.now();
      if (format === 'pdf' && size > MAX_PDF_CLAIMS) {
        console.log(
          `${format.padEnd(12)} ${String(size).padStart(7)}   refused: PDF reports hold at most ${MAX_PDF_CLAIMS} claims`,
        );
        continue;
      }
      const report = await exportReport(db.prisma, CLI_ACTOR, { format }, options);
      await pipeline(report.stream, new Writable({ write: (chunk: Buffer, _enc, done) => ((bytes += chunk.length), done()) }));
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      sample();
      console.log(
        `${format.padEnd(12)} ${String(report.claimCount).padStart(7)} ${seconds.toFixed(1).padStart(9)} ${Math.round(
          report.claimCount / seconds,
        )
          .toString()
          .padStart(
            9,
          )} ${mb(bytes).padStart(11)} ${mb(peak).padStart(12)} ${mb(heapBefore).padStart(15)} ${mb(peakHeap - heapBefore).padStart(15)}`,
      );
    }
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
