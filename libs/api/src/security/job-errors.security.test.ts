import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '@claimledger/auth';
import type { Database } from '@claimledger/db';
import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { createJobQueue, ingestRunnerOf, startWorkers, type JobQueue } from '@claimledger/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTrpc, errorMessage, startHarness, type Harness } from './harness';

// Web ingest runs as an `ingest` job: a job that fails on an internal error (here a real
// PostgreSQL error raised while the article is saved, as Prisma reports it with its invocation
// text and file path) must come back as a 500 with a logged id, never as its own text.

/** Internal text: Prisma, SQL states, the raised message, stack frames or file paths. */
const INTERNAL = /prisma|invocation|P0001|P2010|sqlstate|trigger|secret-|\bat \S+ \(|node_modules|\.ts:\d+|\/libs\//i;
const LOGGED = /logged with the id ([0-9a-f-]{36})/;

const tag = uniqueSuffix();
const fn = `ingest_fault_${tag}`;
let db: Database;
let queue: JobQueue;
let h: Harness;
let site: Server;
let base = '';

beforeAll(async () => {
  db = await openTestDatabase();
  // An article whose title carries this run's tag cannot be stored: the insert raises.
  await db.prisma.$executeRawUnsafe(
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
       IF NEW."title" LIKE '%${tag}%' THEN RAISE EXCEPTION 'secret-${tag} in /srv/claimledger/libs/db/src/x.ts:12'; END IF;
       RETURN NEW; END $$`,
  );
  await db.prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
  site = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<html><head><title>Harbour ${tag} ${req.url}</title></head><body><article><h1>Harbour ${tag}</h1>` +
        `<p>The port handled 7.2 million containers last year, up 4 percent, the authority said on Monday.</p></article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  queue = await createJobQueue(db.connection, { pollSeconds: 0.5, superviseSeconds: 2, schedule: false });
  await startWorkers(queue, { db: db.prisma, allowPrivateHosts: true, concurrency: 1 });
  h = await startHarness({ db, ingestRunner: ingestRunnerOf(queue, 60_000) });
}, 180_000);

afterAll(async () => {
  await h.close();
  await queue.stop({ graceMs: 5_000 });
  await db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON "Article"`);
  await db.prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
  await db.close();
  await new Promise((resolve) => site.close(resolve));
});

describe('fault: internal errors of an ingest job', () => {
  it('article.ingestUrl answers 500 with a logged id and no internal text; the job records only the id', async () => {
    const res = await callTrpc(h.base, 'article.ingestUrl', { url: `${base}/trpc` }, { actor: 'editor' });
    expect(res.status).toBe(500);
    expect(res.text).not.toMatch(INTERNAL);
    const id = LOGGED.exec(errorMessage(res))?.[1];
    expect(id).toBeTruthy();
    const failure = (await queue.listFailures()).find((f) => f.data.includes(`${base}/trpc`));
    expect(failure?.reason).toMatch(LOGGED);
    expect(failure?.reason).not.toMatch(INTERNAL);
    // The id the person quotes is the one the worker logged the error with.
    expect(failure?.reason).toContain(id);
  });

  it('POST /api/v1/articles answers 500 with a logged id and no internal text', async () => {
    const { token } = await createApiKey(db.prisma, h.actors.admin, { name: `ingest ${tag}`, scopes: ['articles:ingest'] });
    const res = await fetch(`${h.base}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ url: `${base}/rest` }),
    });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toMatch(INTERNAL);
    expect(text).toMatch(LOGGED);
  });

  it('keeps the reason of an expected refusal: a page that cannot be fetched is a 422 saying so', async () => {
    const res = await callTrpc(h.base, 'article.ingestUrl', { url: 'http://127.0.0.1:9/nothing' }, { actor: 'editor' });
    expect(res.status).toBe(422);
    expect(errorMessage(res)).toMatch(/Could not fetch/);
  });
});
