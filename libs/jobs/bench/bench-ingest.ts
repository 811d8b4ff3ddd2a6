/**
 * npm run bench:ingest — articles/s through the `ingest` job end to end (queue → worker process →
 * clean → extract in worker threads → store → match), with 1 and then 2 `claimledger worker`
 * processes on PostgreSQL, and the p99 of a claim page read (getClaimDetail) meanwhile.
 * Articles (~5 KB) are built at run time from real sentences (see sentences()).
 *   npm run bench:ingest -- --articles 1000
 * Uses DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres) and a
 * scratch database per run, dropped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { findWorkspaceRoot, openDatabase, type Database } from '@claimledger/db';
import { createMigratedScratchDatabase, postgresUnreachable } from '@claimledger/db/testing';
import { getClaimDetail } from '@claimledger/services';
import { createJobQueue } from '../src/pg-boss-queue';
import { machineCpuMs, postgresCpuMs, processCpuMs } from './cpu-time';

const root = findWorkspaceRoot();
const argAt = process.argv.indexOf('--articles');
const ARTICLES = argAt > 0 ? Number(process.argv[argAt + 1]) : 1_000;
const WORKER_COUNTS = [1, 2];

/**
 * Real sentences: the golden news articles, plus ClaimBuster's debate sentences when the shared
 * evaluation data sits beside the workspace (read here, never copied into the repository).
 */
function sentences(): string[] {
  const dir = path.join(root, 'libs/claim-extraction/golden/news');
  const news = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!?])\s+(?=[A-Z"“])/));
  const shared = path.join(root, '../shared/eval/checkworthiness/claimbuster-crowdsourced.jsonl');
  const debates = existsSync(shared)
    ? readFileSync(shared, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''))
    : [];
  return [...news, ...debates]
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 400 && !/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(s));
}

/** A ~5 KB article: a headline and paragraphs of real sentences, picked by a seeded generator. */
function buildArticles(count: number, run: string): string[] {
  const pool = sentences();
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const paragraphs: string[] = [`Bench report ${run} number ${i}`];
    let size = 0;
    while (size < 5_000) {
      const paragraph = Array.from({ length: 3 }, () => pool[Math.floor(next() * pool.length)] ?? '').join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length;
    }
    return paragraphs.join('\n\n');
  });
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'apps/cli/bin/claimledger.js'), 'worker'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CLAIMLEDGER_JOBS_POLL_SECONDS: '0.5' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${out}`)));
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Reads claim pages one after another until `stop`; returns each read's milliseconds. */
async function readClaimPages(db: Database, stop: { done: boolean }): Promise<number[]> {
  const times: number[] = [];
  while (!stop.done) {
    const ids = (await db.prisma.claim.findMany({ select: { id: true }, take: 200, orderBy: { createdAt: 'desc' } })).map(
      (c) => c.id,
    );
    if (ids.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    for (let i = 0; i < 50 && !stop.done; i++) {
      const id = ids[Math.floor(Math.random() * ids.length)] ?? '';
      const started = performance.now();
      await getClaimDetail(db.prisma, id);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return times;
}

type Run = { rate: number; p50: number; p99: number; reads: number; seconds: number; cpu: CpuUse };
/** CPU milliseconds per stored article, and how many of the machine's cores were busy. */
type CpuUse = { workerMs: number; postgresMs: number; busyCores: number };

async function benchOnce(workers: number): Promise<Run> {
  const scratch = await createMigratedScratchDatabase('jobs_bench');
  const db = await openDatabase({ databaseUrl: scratch.url });
  const queue = await createJobQueue(db.connection, { schedule: false, supervise: false });
  const children: ChildProcess[] = [];
  try {
    const articles = buildArticles(ARTICLES, `${workers}w${Date.now().toString(36)}`);
    // Workers are started (models loaded, extraction threads up) before the clock starts: the
    // figure is the steady rate of a running deployment, not start-up.
    children.push(...(await Promise.all(Array.from({ length: workers }, () => startWorker(scratch.url)))));
    const workerCpu = () => children.reduce((sum, c) => sum + (c.pid ? processCpuMs(c.pid) : 0), 0);
    const before = { worker: workerCpu(), postgres: postgresCpuMs(), machine: machineCpuMs() };
    const started = performance.now();
    for (let i = 0; i < articles.length; i += 500)
      await queue.sendMany(
        'ingest',
        articles
          .slice(i, i + 500)
          .map((body) => ({ data: { kind: 'article', input: { body, format: 'text', source: 'bulk' } } })),
      );
    const stop = { done: false };
    const reads = readClaimPages(db, stop);
    while ((await queue.pending('ingest')) > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    const seconds = (performance.now() - started) / 1000;
    const machine = machineCpuMs();
    const cpu = {
      workerMs: workerCpu() - before.worker,
      postgresMs: postgresCpuMs() - before.postgres,
      busyCores: (machine.busy - before.machine.busy) / ((machine.total - before.machine.total) / cpus().length),
    };
    stop.done = true;
    const times = await reads;
    const stored = await db.prisma.article.count();
    if (stored !== ARTICLES) console.warn(`  warning: ${stored} of ${ARTICLES} articles stored`);
    const perArticle = { ...cpu, workerMs: cpu.workerMs / stored, postgresMs: cpu.postgresMs / stored };
    return {
      rate: stored / seconds,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      reads: times.length,
      seconds,
      cpu: perArticle,
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve)))),
    );
    await queue.stop({ graceMs: 1_000 });
    await db.close();
    await scratch.drop();
  }
}

const unreachable = await postgresUnreachable();
if (unreachable) {
  console.error(`bench:ingest needs PostgreSQL: ${unreachable}`);
  process.exit(1);
}
console.log(
  `bench:ingest — ${ARTICLES} articles of ~5 KB per run, from ${sentences().length} real sentences; ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  'workers  seconds  articles/s  claim reads  read p50 ms  read p99 ms  CPU ms/article: workers  PostgreSQL  busy cores',
);
const runs: Run[] = [];
for (const workers of WORKER_COUNTS) {
  const r = await benchOnce(workers);
  runs.push(r);
  console.log(
    `${String(workers).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.rate.toFixed(1).padStart(10)}  ${String(r.reads).padStart(11)}  ${r.p50.toFixed(1).padStart(11)}  ${r.p99.toFixed(1).padStart(11)}  ${r.cpu.workerMs.toFixed(1).padStart(23)}  ${r.cpu.postgresMs.toFixed(1).padStart(10)}  ${r.cpu.busyCores.toFixed(2).padStart(10)}`,
  );
}
const [one, two] = runs;
if (one && two) console.log(`2 workers / 1 worker: ${(two.rate / one.rate).toFixed(2)}×`);
// The ceiling this machine allows, whatever the code: every core busy with this much CPU per article.
const last = runs.at(-1)?.cpu;
if (last)
  console.log(
    `CPU ceiling on ${cpus().length} cores at ${(last.workerMs + last.postgresMs).toFixed(1)} CPU ms per article (workers + PostgreSQL): ${((cpus().length * 1000) / (last.workerMs + last.postgresMs)).toFixed(1)} articles/s`,
  );
process.exit(0);
