import { buffer } from 'node:stream/consumers';
import { appendExportChunk, beginExportRun, ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, insertBenchData, openTestDatabase } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { ZPublishingEnv, type TExportFile, type TRequestExportInput } from '@claimledger/contracts';
import {
  EXPORT_CHUNK_BYTES,
  exportReport,
  getExportFile,
  openExportFile,
  reportOptions,
  requestExportFile,
  type ExportQueue,
} from '@claimledger/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from './job-queue';
import { createJobQueue } from './pg-boss-queue';
import { exportQueueOf } from './kinds/export-job';
import { startWorkers } from './start-workers';

/** Polls until `check` holds (the queue works in the background); fails after `limitMs`. */
async function until(check: () => Promise<boolean>, limitMs = 90_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const env = ZPublishingEnv.parse({ CLAIMLEDGER_ORG_NAME: 'Export Desk', CLAIMLEDGER_ORG_URL: 'https://desk.example.org' });
const publicUrl = 'https://claims.example.org';
const publishing = { env, publicUrl };
/** A queue that stores the request and sends nothing (the test sends the job itself, later). */
const holdingQueue: ExportQueue = { enqueue: () => Promise.resolve(null) };

let db: Database;
let queue: JobQueue;
let editor: Actor;
let articleId: string;
let claimCount: number;

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  editor = await createTestActor(db.prisma, 'editor');
  // One article with enough published claims for a CSV of several chunks.
  claimCount = await insertBenchData(db.prisma, 1, 1200);
  const article = await db.prisma.article.findFirstOrThrow({
    where: { ingestSource: 'bulk', title: { startsWith: 'Bench article' } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  articleId = article.id;
  queue = await createJobQueue(db.connection, { pollSeconds: 0.5, superviseSeconds: 2, schedule: false });
  await startWorkers(queue, { db: db.prisma, allowPrivateHosts: true, concurrency: 2 });
}, 180_000);

afterAll(async () => {
  await queue.stop({ graceMs: 2_000 });
  await db.close();
});

/** Waits until a file leaves `pending`, then returns it. */
async function settled(actor: Actor, id: string): Promise<TExportFile> {
  let file = await getExportFile(db.prisma, actor, { id });
  await until(async () => {
    file = await getExportFile(db.prisma, actor, { id });
    return file.status !== 'pending';
  });
  return file;
}

/** The same report exported directly, as the web route streams it. */
async function directBytes(request: TRequestExportInput, generatedAt: Date): Promise<Buffer> {
  const { title, ...rest } = request;
  const report = await exportReport(
    db.prisma,
    editor,
    rest,
    reportOptions(env, title ?? 'Verification report', generatedAt, publicUrl),
  );
  return buffer(report.stream);
}

async function storedBytes(actor: Actor, id: string): Promise<Buffer> {
  return buffer((await openExportFile(db.prisma, actor, { id })).stream);
}

describe('export job', () => {
  it('prepares a CSV of more than one chunk on a worker, byte for byte the direct export', async () => {
    const now = new Date();
    const request: TRequestExportInput = { format: 'csv', articleId, title: 'Harbour report' };
    const asked = await requestExportFile(db.prisma, exportQueueOf(queue), editor, request, publishing, now);
    expect(asked).toMatchObject({ status: 'pending', downloadUrl: null, fileName: `claimledger-article-${articleId}.csv` });
    const file = await settled(editor, asked.id);
    expect(file).toMatchObject({ status: 'ready', claimCount, failure: null, downloadUrl: `/api/exports/${asked.id}` });
    const stored = await storedBytes(editor, asked.id);
    expect(stored.length).toBe(file.byteSize);
    expect(stored.length).toBeGreaterThan(EXPORT_CHUNK_BYTES);
    expect(stored.equals(await directBytes(request, now))).toBe(true);
    expect(await db.prisma.exportFileChunk.count({ where: { fileId: asked.id } })).toBeGreaterThan(1);
    // The job is an ordinary job: its id is kept with the file and the admin counts show it.
    const row = await db.prisma.exportFile.findUniqueOrThrow({ where: { id: asked.id }, select: { jobId: true } });
    expect(row.jobId).toMatch(/^[0-9a-f-]{36}$/);
    const counts = await queue.counts();
    expect(counts.find((c) => c.name === 'export')?.completed).toBeGreaterThanOrEqual(1);
  });

  it('prepares ClaimReview JSON-LD identical to the direct export', async () => {
    const now = new Date();
    const request: TRequestExportInput = { format: 'claimreview', articleId };
    const asked = await requestExportFile(db.prisma, exportQueueOf(queue), editor, request, publishing, now);
    const file = await settled(editor, asked.id);
    expect(file).toMatchObject({ status: 'ready', contentType: 'application/ld+json; charset=utf-8' });
    const stored = await storedBytes(editor, asked.id);
    expect(stored.equals(await directBytes(request, now))).toBe(true);
    expect((JSON.parse(stored.toString('utf8')) as unknown[]).length).toBe(claimCount);
  });

  it('restarts a file cleanly when a job runs again after a partial attempt', async () => {
    const now = new Date();
    const request: TRequestExportInput = { format: 'markdown', articleId };
    const asked = await requestExportFile(db.prisma, holdingQueue, editor, request, publishing, now);
    // An earlier attempt died after writing a chunk of garbage.
    expect(await beginExportRun(db.prisma, asked.id, 'dead-run')).toBe(true);
    expect(await appendExportChunk(db.prisma, asked.id, 'dead-run', 0, Buffer.from('half a file'))).toBe(true);
    await exportQueueOf(queue).enqueue(asked.id);
    expect((await settled(editor, asked.id)).status).toBe('ready');
    expect((await storedBytes(editor, asked.id)).equals(await directBytes(request, now))).toBe(true);
    expect(await db.prisma.exportFileChunk.count({ where: { fileId: asked.id, runId: 'dead-run' } })).toBe(0);
    // The dead run cannot write into the file any more.
    expect(await appendExportChunk(db.prisma, asked.id, 'dead-run', 1, Buffer.from('late'))).toBe(false);
  });

  it('records why an export failed: the requester may no longer export', async () => {
    const demoted = await createTestActor(db.prisma, 'editor');
    const asked = await requestExportFile(db.prisma, holdingQueue, demoted, { format: 'csv', articleId }, publishing);
    await db.prisma.user.update({ where: { id: demoted.id ?? '' }, data: { role: 'reviewer' } });
    await exportQueueOf(queue).enqueue(asked.id);
    let file = await db.prisma.exportFile.findUniqueOrThrow({ where: { id: asked.id } });
    await until(async () => {
      file = await db.prisma.exportFile.findUniqueOrThrow({ where: { id: asked.id } });
      return file.status !== 'pending';
    });
    expect(file.status).toBe('failed');
    expect(file.failure).toBe('Your role (reviewer) does not allow report:export.');
    expect(await db.prisma.exportFileChunk.count({ where: { fileId: asked.id } })).toBe(0);
  });

  it('deletes expired files and their bytes in the housekeeping job', async () => {
    const longAgo = new Date(Date.now() - 3 * 86_400_000);
    const old = await requestExportFile(db.prisma, holdingQueue, editor, { format: 'csv', articleId }, publishing, longAgo);
    await exportQueueOf(queue).enqueue(old.id);
    expect((await settled(editor, old.id)).status).toBe('ready');
    await expect(openExportFile(db.prisma, editor, { id: old.id })).rejects.toThrow(/expired/);
    const fresh = await requestExportFile(db.prisma, holdingQueue, editor, { format: 'csv', articleId }, publishing);
    const output = (await queue.sendAndWait('housekeeping', {}, { singletonKey: 'housekeeping', timeoutMs: 60_000 })) as {
      exportFiles: number;
    };
    expect(output.exportFiles).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.exportFile.count({ where: { id: old.id } })).toBe(0);
    expect(await db.prisma.exportFileChunk.count({ where: { fileId: old.id } })).toBe(0);
    expect(await db.prisma.exportFile.count({ where: { id: fresh.id } })).toBe(1);
  });
});
