import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enqueueWebhookEvent, findDelivery, insertWebhook, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { addSource, cancelJob, getJobsOverview, retryJob } from '@claimledger/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from './job-queue';
import { createJobQueue } from './pg-boss-queue';
import { createExtractPool, type ExtractPool } from './extract-pool';
import { JobFailedError } from './pg-boss-queue';
import { LARGE_DATA_CHARS, PART_CHARS, dropPayload, loadPayload, offloadLarge, payloadIdOf } from './job-payload';
import { ingestRunnerOf } from './kinds/ingest-job';
import { startWorkers } from './start-workers';

/** Polls until `check` holds (the queue works in the background); fails after `limitMs`. */
async function until(check: () => Promise<boolean>, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let db: Database;
let queue: JobQueue;
let pool: ExtractPool;
let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  db = await openTestDatabase();
  // A local site: /broken always answers 500; /hook counts webhook deliveries by id.
  server = createServer((req, res) => {
    if (req.url === '/hook') {
      const id = String(req.headers['claimledger-delivery']);
      hits.set(id, (hits.get(id) ?? 0) + 1);
      req.resume();
      req.on('end', () => res.writeHead(200).end('ok'));
      return;
    }
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url?.startsWith('/feed/')) {
      const tag = req.url.slice('/feed/'.length);
      const link = `${base}/story/${tag}`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour feed</title><link>${base}/</link>` +
          `<item><title>Port story ${tag}</title><link>${link}</link><guid>${link}</guid></item></channel></rss>`,
      );
      return;
    }
    if (req.url?.startsWith('/story/')) {
      const tag = req.url.slice('/story/'.length);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<html><head><title>Port story ${tag}</title></head><body><article><h1>Port story ${tag}</h1>` +
          `<p>The port handled 7.2 million containers last year, up 4 percent, the authority said on Monday (${tag}).</p>` +
          `<p>Its budget rose to $31 million in 2023.</p></article></body></html>`,
      );
      return;
    }
    res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  queue = await createJobQueue(db.connection, { pollSeconds: 0.5, superviseSeconds: 2, schedule: false });
  pool = createExtractPool(1);
  await startWorkers(queue, { db: db.prisma, allowPrivateHosts: true, concurrency: 2, extract: pool.extract });
}, 120_000);

afterAll(async () => {
  await queue.stop({ graceMs: 5_000 });
  await pool.close();
  await db.close();
  await new Promise((resolve) => server.close(resolve));
});

describe(`the job queue on this run's database (PGlite in-process unless DATABASE_URL is set)`, () => {
  it('works webhook deliveries sent as jobs: each delivery reaches the receiver once, even when sent twice', async () => {
    const admin = await createTestActor(db.prisma, 'admin');
    const hook = await insertWebhook(db.prisma, {
      url: `${base}/hook`,
      events: ['claim.published'],
      secret: `whsec_${uniqueSuffix()}`,
      createdById: admin.id ?? '',
    });
    for (let i = 0; i < 20; i++)
      await enqueueWebhookEvent(db.prisma, 'claim.published', {
        event: 'claim.published',
        occurredAt: new Date().toISOString(),
        claim: { id: `c${i}`, articleId: 'a', text: 'x', state: 'approved', verdict: null },
      });
    const ids = (await db.prisma.webhookDelivery.findMany({ where: { webhookId: hook.id }, select: { id: true } })).map(
      (d) => d.id,
    );
    expect(ids).toHaveLength(20);
    // Every delivery twice, the second batch without the key that would merge it with the first.
    await queue.sendMany(
      'webhook-deliver',
      ids.map((deliveryId) => ({ data: { deliveryId }, singletonKey: deliveryId })),
    );
    for (const deliveryId of ids) await queue.send('webhook-deliver', { deliveryId }, { singletonKey: `${deliveryId}:again` });
    await until(async () => (await queue.pending('webhook-deliver')) === 0);
    for (const id of ids) {
      expect(hits.get(id)).toBe(1);
      expect((await findDelivery(db.prisma, id))?.status).toBe('delivered');
    }
    await db.prisma.webhook.update({ where: { id: hook.id }, data: { active: false } });
  });

  it('retries a job that always fails with backoff, then fails it for good with its reason and dead-letters it', async () => {
    const url = `${base}/broken?${uniqueSuffix()}`;
    const id = await queue.send('ingest', { kind: 'url', url }, { retryLimit: 2, retryDelaySeconds: 1 });
    expect(id).toBeTruthy();
    await until(async () => (await queue.listFailures()).some((f) => f.id === id), 90_000);
    const failure = (await queue.listFailures()).find((f) => f.id === id);
    expect(failure).toMatchObject({ name: 'ingest', state: 'failed', attempts: 3 });
    expect(failure?.reason).toMatch(/Could not fetch .*500/);
    const counts = await queue.counts();
    expect(counts.find((c) => c.name === 'dead-letter')?.created).toBeGreaterThanOrEqual(1);

    // Bad input is not retried: one attempt, failed for good, dead-lettered, with the reason.
    const bad = await queue.send('ingest', { kind: 'article', input: { body: '   ', format: 'text' } });
    await until(async () => (await queue.listFailures()).some((f) => f.id === bad), 60_000);
    expect((await queue.listFailures()).find((f) => f.id === bad)).toMatchObject({
      attempts: 1,
      reason: expect.stringMatching(/empty/),
    });

    // An admin retries it: it runs again (and fails again, the site is still down).
    expect(await queue.retry('ingest', id ?? '')).toBe(true);
    await until(async () => (await queue.pending('ingest')) === 0, 90_000);
  });

  it('ingests through an `ingest` job with extraction in a worker thread; the same text again is the same article', async () => {
    const runner = ingestRunnerOf(queue);
    const body = `Job queue test ${uniqueSuffix()}.\n\nUnemployment fell to 3.9 percent in March, the lowest rate since 2000, the labor department said on Friday. The city spent $4.2 million on the new bridge last year.`;
    const first = await runner.run({ kind: 'article', input: { body, format: 'text', publishedAt: '2024-04-05' } });
    expect(first).toMatchObject({ created: true, version: 1 });
    const claims = await db.prisma.claim.count({ where: { articleId: first.articleId } });
    expect(claims).toBeGreaterThan(0);
    const again = await runner.run({ kind: 'article', input: { body, format: 'text' } });
    expect(again).toMatchObject({ articleId: first.articleId, created: false });
    // A bad URL fails the job at once (one attempt) with the fetcher's reason and code.
    await expect(runner.run({ kind: 'url', url: `${base}/broken?now` })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
  });

  it('keeps large job data beside the queue in parts, cut between whole characters, and reads it back intact', async () => {
    const sql = async (text: string, values: unknown[] = []) => ({
      rows: await db.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(text, ...values),
    });
    const small = { kind: 'article', input: { body: 'short' } };
    expect(await offloadLarge(sql, small)).toBe(small);
    // JSON.stringify({ t }) starts with 6 characters: the emoji's two halves fall either side of the first cut.
    const t = 'a'.repeat(PART_CHARS - 7) + '😀' + 'Zürich, 2,5 Mio. ✓ '.repeat(LARGE_DATA_CHARS / 10);
    const ref = await offloadLarge(sql, { t });
    const id = payloadIdOf(ref) ?? '';
    expect(id).not.toBe('');
    expect(JSON.stringify(ref).length).toBeLessThan(100);
    const parts = await db.prisma.jobPayloadPart.findMany({ where: { payloadId: id }, orderBy: { seq: 'asc' } });
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts[0]?.text.endsWith('a')).toBe(true);
    expect(parts[1]?.text.startsWith('😀')).toBe(true);
    expect(await loadPayload(sql, id)).toEqual({ t });
    await dropPayload(sql, id);
    expect(await db.prisma.jobPayloadPart.count({ where: { payloadId: id } })).toBe(0);
  });

  it('ingests an article larger than a job carries inline: its parts are dropped once done; data gone is a clear failure', async () => {
    const runner = ingestRunnerOf(queue);
    // One claim, then long prose without figures (a claim per repeated sentence would take minutes).
    const prose = 'The harbour board met in the old hall and talked about the weather and the boats. ';
    const body = `Port report ${uniqueSuffix()}. The port handled 7.2 million containers in 2023, the authority said.\n\n${prose.repeat(
      Math.ceil((LARGE_DATA_CHARS * 1.5) / prose.length),
    )}`;
    const before = await db.prisma.jobPayloadPart.count();
    const done = await runner.run({ kind: 'article', input: { body, format: 'text', publishedAt: '2024-04-05' } });
    expect(done.created).toBe(true);
    const stored = await db.prisma.article.findUnique({ where: { id: done.articleId }, select: { text: true } });
    expect(stored?.text.length).toBeGreaterThan(LARGE_DATA_CHARS);
    expect(await db.prisma.claim.count({ where: { articleId: done.articleId } })).toBeGreaterThan(0);
    expect(await db.prisma.jobPayloadPart.count()).toBe(before);
    // The job itself carried only the reference.
    const [job] = await db.prisma.$queryRawUnsafe<Array<{ data: unknown }>>(
      `SELECT data FROM pgboss.job WHERE name = 'ingest' AND output->>'articleId' = $1`,
      done.articleId,
    );
    expect(payloadIdOf(job?.data)).not.toBeNull();
    // A job whose stored data was removed (housekeeping, after days) fails at once with the reason.
    const gone = queue.sendAndWait('ingest', { $payload: '00000000-0000-4000-8000-000000000000' }, { retryLimit: 0 });
    await expect(gone).rejects.toBeInstanceOf(JobFailedError);
    await expect(gone).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/is gone/) });
  });

  it('polls a due feed through source-sweep → source-poll, and its new item is ingested by an ingest job', async () => {
    const tag = uniqueSuffix();
    const editor = await createTestActor(db.prisma, 'editor');
    const { source } = await addSource(db.prisma, editor, { url: `${base}/feed/${tag}`, intervalMinutes: 15 });
    await queue.send('source-sweep', {}, { singletonKey: 'source-sweep' });
    const articleUrl = `${base}/story/${tag}`;
    await until(async () => (await db.prisma.article.count({ where: { url: articleUrl } })) === 1, 90_000);
    const article = await db.prisma.article.findFirst({
      where: { url: articleUrl },
      select: { ingestSource: true, _count: { select: { claims: true } } },
    });
    expect(article).toMatchObject({ ingestSource: 'feed' });
    expect(article?._count.claims).toBeGreaterThan(0);
    const polled = await db.prisma.source.findUnique({ where: { id: source.id }, select: { lastSuccessAt: true } });
    expect(polled?.lastSuccessAt).not.toBeNull();
  });

  it('housekeeping deletes expired sessions, stale rate-limit buckets and old job data, and keeps live ones', async () => {
    const tag = uniqueSuffix();
    const userId = (await createTestActor(db.prisma, 'reviewer')).id ?? '';
    const hour = 3_600_000;
    await db.prisma.session.createMany({
      data: [
        { tokenHash: `expired-${tag}`, userId, expiresAt: new Date(Date.now() - hour) },
        { tokenHash: `live-${tag}`, userId, expiresAt: new Date(Date.now() + hour) },
      ],
    });
    await db.prisma.rateLimitBucket.createMany({
      data: [
        { key: `stale-${tag}`, windowStart: new Date(Date.now() - 2 * 24 * hour), count: 3 },
        { key: `fresh-${tag}`, windowStart: new Date(), count: 3 },
      ],
    });
    await db.prisma.jobPayloadPart.createMany({
      data: [
        { payloadId: `old-${tag}`, seq: 0, text: '{}', createdAt: new Date(Date.now() - 8 * 24 * hour) },
        { payloadId: `new-${tag}`, seq: 0, text: '{}' },
      ],
    });
    await queue.send('housekeeping', {}, { singletonKey: 'housekeeping' });
    await until(async () => (await db.prisma.session.count({ where: { tokenHash: `expired-${tag}` } })) === 0);
    await until(async () => (await db.prisma.jobPayloadPart.count({ where: { payloadId: `old-${tag}` } })) === 0);
    expect(await db.prisma.jobPayloadPart.count({ where: { payloadId: `new-${tag}` } })).toBe(1);
    await until(async () => (await db.prisma.rateLimitBucket.count({ where: { key: `stale-${tag}` } })) === 0);
    expect(await db.prisma.session.count({ where: { tokenHash: `live-${tag}` } })).toBe(1);
    expect(await db.prisma.rateLimitBucket.count({ where: { key: `fresh-${tag}` } })).toBe(1);
  });

  it('the admin page: counts and open jobs for admins only; an admin cancels a waiting job and retries it', async () => {
    const admin = await createTestActor(db.prisma, 'admin');
    const editor = await createTestActor(db.prisma, 'editor');
    const id = (await queue.send('ingest', { kind: 'url', url: `${base}/broken?later` }, { startAfterSeconds: 3600 })) ?? '';
    await expect(getJobsOverview(queue, editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cancelJob(queue, editor, { name: 'ingest', id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cancelJob(queue, admin, { name: 'ingest', id: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_INPUT' });

    const before = await getJobsOverview(queue, admin);
    expect(before.open.find((j) => j.id === id)).toMatchObject({ name: 'ingest', state: 'created' });
    expect(before.counts.find((c) => c.name === 'ingest')?.created).toBeGreaterThanOrEqual(1);

    expect(await cancelJob(queue, admin, { name: 'ingest', id })).toEqual({ changed: true });
    expect(await cancelJob(queue, admin, { name: 'ingest', id })).toEqual({ changed: false });
    const after = await getJobsOverview(queue, admin);
    expect(after.open.some((j) => j.id === id)).toBe(false);
    expect(after.failures.find((f) => f.id === id)).toMatchObject({ state: 'cancelled', reason: 'cancelled' });

    expect(await retryJob(queue, admin, { name: 'ingest', id })).toEqual({ changed: true });
    expect((await getJobsOverview(queue, admin)).failures.some((f) => f.id === id)).toBe(false);
    await queue.cancel('ingest', id);
  });
});
