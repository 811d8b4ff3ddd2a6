import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import type { Database } from '@claimledger/db';
import { CitationArchiver } from '@claimledger/services';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

let db: Database;
let archiveQueue: CitationArchiver;
beforeAll(async () => {
  db = await openTestDatabase();
  archiveQueue = new CitationArchiver(db.prisma);
});
afterAll(() => db.close());

const editor = { id: null, label: 'test', role: 'editor' } as const;
const caller = () => createCallerFactory(appRouter)({ db: db.prisma, actor: editor, archiveQueue });

/** Calls a procedure over the fetch adapter, as the web app's route does. */
async function http(path: string, init: { method: 'GET' | 'POST'; input: unknown }) {
  const encoded = JSON.stringify(superjson.serialize(init.input));
  const url =
    init.method === 'GET' ? `http://test/api/trpc/${path}?input=${encodeURIComponent(encoded)}` : `http://test/api/trpc/${path}`;
  const req = new Request(url, {
    method: init.method,
    body: init.method === 'POST' ? encoded : undefined,
    headers: { 'content-type': 'application/json' },
  });
  const res = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => ({ db: db.prisma, actor: editor, archiveQueue }),
  });
  const body = (await res.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } };
  return { status: res.status, body: { error: body.error?.json } };
}

describe('appRouter', () => {
  it('ingests, lists and reads an article with its claims', async () => {
    const tag = uniqueSuffix();
    const { article } = await caller().article.ingest({
      body: `Water ${tag}\n\nThe dam holds 3 billion litres, the utility said.`,
      format: 'text',
    });
    const list = await caller().article.list({ limit: 200 });
    expect(list.map((a) => a.id)).toContain(article.id);
    const read = await caller().article.get({ id: article.id });
    expect(read.claims.find((c) => c.value === 3e9)).toMatchObject({ kind: 'quantity', text: '3 billion litres' });
    expect(read.publishedAt).toBeNull();
  });

  it('maps a stale version to HTTP 409 with the AppError code and the current claim', async () => {
    const { article } = await caller().article.ingest({
      body: `Rail ${uniqueSuffix()}: 14 stations closed in 2022.`,
      format: 'text',
    });
    const claim = article.claims[0];
    if (!claim) throw new Error('no claim');
    await caller().claim.moveState({ id: claim.id, to: 'in_review', expectedVersion: 1 });
    const res = await http('claim.moveState', {
      method: 'POST',
      input: { id: claim.id, to: 'not_checkworthy', expectedVersion: 1 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error?.data['appCode']).toBe('CONFLICT');
    expect(res.body.error?.message).toMatch(/was changed by test \(moved it to in_review\) since you opened it/);
    expect(res.body.error?.data['conflict']).toMatchObject({ current: { state: 'in_review', version: 2 } });
  });

  it('rejects bad input with 400 and field errors for forms', async () => {
    const res = await http('article.ingest', { method: 'POST', input: { body: '', format: 'pdf' } });
    expect(res.status).toBe(400);
    expect(res.body.error?.data['fieldErrors']).toMatchObject({ body: ['the article is empty'] });
    expect(Object.keys(res.body.error?.data['fieldErrors'] as object)).toContain('format');
  });

  it('answers a missing article with 404', async () => {
    const res = await http('article.get', { method: 'GET', input: { id: 'missing1' } });
    expect(res.status).toBe(404);
    expect(res.body.error?.data['appCode']).toBe('NOT_FOUND');
  });
});
