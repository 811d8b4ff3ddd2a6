import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { MAX_ARTICLE_BYTES } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { AppError } from '@claimledger/domain';
import { createExtractPool } from '@claimledger/jobs';
import { ingestBulk, type BulkItem, type BulkSummary } from '@claimledger/services';
import { readInput } from '../read-input';

const ARTICLE_FILES = /\.(txt|text|md|html?|xhtml)$/i;

async function* jsonlItems(file: string): AsyncGenerator<BulkItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    yield { where: `${path.basename(file)}:${n}`, kind: 'json', raw: line };
  }
}

async function countLines(file: string): Promise<number> {
  let count = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) count++;
  return count;
}

async function listDir(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('BAD_INPUT', `Not a directory: ${dir}`);
  const names = (await readdir(dir)).sort();
  return names.filter((name) => name.endsWith('.jsonl') || ARTICLE_FILES.test(name)).map((name) => path.join(dir, name));
}

/** The files of a directory: .jsonl files line by line, .txt/.md as text, .html as HTML. */
async function* dirItems(files: string[]): AsyncGenerator<BulkItem> {
  for (const file of files) {
    if (file.endsWith('.jsonl')) {
      yield* jsonlItems(file);
      continue;
    }
    const where = path.basename(file);
    const info = await stat(file);
    if (info.size > MAX_ARTICLE_BYTES) {
      const reason = `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`;
      yield { where, kind: 'refused', reason };
      continue;
    }
    const body = await readInput(file);
    yield { where, kind: 'file', body, format: /\.(html?|xhtml)$/i.test(file) ? 'html' : 'text' };
  }
}

const seconds = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)}h${Math.round((s % 3600) / 60)}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${Math.round(s % 60)}s`
      : `${Math.round(s)}s`;

/** A progress line on stderr: done/total, rate, ETA; redrawn in place on a terminal. */
function progressPrinter(total: number) {
  const started = Date.now();
  let last = 0;
  return (summary: BulkSummary, final = false) => {
    const now = Date.now();
    if (!final && now - last < 250) return;
    last = now;
    const elapsed = Math.max(0.001, (now - started) / 1000);
    const rate = summary.done / elapsed;
    const left = total - summary.done;
    const eta = rate > 0 ? seconds(left / rate) : '?';
    const width = 24;
    const filled = total ? Math.round((summary.done / total) * width) : 0;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${summary.done}/${total} ${rate.toFixed(1)} articles/s ETA ${final ? '0s' : eta}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${final ? '\n' : ''}`);
    else if (final || summary.done % 100 === 0) process.stderr.write(`${line}\n`);
  };
}

/** `claimledger ingest --jsonl FILE` / `--dir DIR`: many articles, a summary, refusals with their place. */
export async function bulkIngest(
  source: { jsonl?: string; dir?: string },
  options: { concurrency: number; json: boolean },
): Promise<void> {
  let total: number;
  let items: AsyncGenerator<BulkItem>;
  if (source.jsonl) {
    const info = await stat(source.jsonl).catch(() => null);
    if (!info?.isFile()) throw new AppError('BAD_INPUT', `No such file: ${source.jsonl}`);
    total = await countLines(source.jsonl);
    items = jsonlItems(source.jsonl);
  } else {
    const files = await listDir(source.dir ?? '');
    total = 0;
    for (const file of files) total += file.endsWith('.jsonl') ? await countLines(file) : 1;
    items = dirItems(files);
  }
  const db = await openMigratedDatabase();
  const pool = createExtractPool();
  const progress = progressPrinter(total);
  try {
    const summary = await ingestBulk(db.prisma, items, {
      extract: pool.extract,
      concurrency: options.concurrency,
      onProgress: progress,
    });
    progress(summary, true);
    if (options.json) {
      console.log(JSON.stringify(summary, null, 2));
    } else {
      console.log(`${summary.ingested} ingested, ${summary.duplicates} duplicates, ${summary.refused.length} refused`);
      for (const refusal of summary.refused) console.log(`  refused ${refusal.where}: ${refusal.reason}`);
    }
    if (summary.refused.length) process.exitCode = 1;
  } finally {
    await pool.close();
    await db.close();
  }
}
