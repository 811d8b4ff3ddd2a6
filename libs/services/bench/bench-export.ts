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
  console.log('format       claims   seconds  claims/s   output MB  peak RSS MB  RSS growth MB');
  let loaded = 0;
  for (const size of SIZES) {
    loaded += await insertBenchData(db.prisma, (size - loaded) / 5_000, 5_000);
    for (const format of FORMATS) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
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
      peak = Math.max(peak, process.memoryUsage().rss);
      console.log(
        `${format.padEnd(12)} ${String(report.claimCount).padStart(7)} ${seconds.toFixed(1).padStart(9)} ${Math.round(
          report.claimCount / seconds,
        )
          .toString()
          .padStart(9)} ${mb(bytes).padStart(11)} ${mb(peak).padStart(12)} ${mb(peak - before).padStart(14)}`,
      );
    }
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
