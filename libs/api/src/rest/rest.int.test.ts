import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey, revokeApiKey } from '@claimledger/auth';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import {
  CitationArchiver,
  approveReview,
  attachCitation,
  ingestArticle,
  listVerdictLabels,
  moveClaimState,
  submitReview,
  updateClaimFields,
} from '@claimledger/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../http/api-handler';
import { callTrpc } from '../security/harness';
import { serveFetch } from './node-server';
import { createRestHandler, openApiDocument } from './rest-handler';

const PUBLIC_URL = 'https://claims.example.org';
let db: Database;
let server: Server;
let pages: Server;
let pagesBase = '';
let base = '';
let admin: Actor;
let token = '';
let claimsOnly = '';
let articleId = '';
let publishedId = '';
let unpublishedId = '';
const articleUrl = `https://news.example.com/${uniqueSuffix()}`;
const FARES = {
  value: 0.06,
  low: 0.05,
  high: 0.07,
  bound: 'approximate',
  unit: 'percent',
  timeStart: '2023-01-01',
  timeEnd: '2023-12-31',
} as const;

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  admin = await createTestActor(db.prisma, 'admin');
  const reviewer = await createTestActor(db.prisma, 'reviewer');
  token = (await createApiKey(db.prisma, admin, { name: 'full', scopes: ['claims:read', 'articles:read'] })).token;
  claimsOnly = (await createApiKey(db.prisma, admin, { name: 'claims only', scopes: ['claims:read'] })).token;
  const { article } = await ingestArticle(db.prisma, {
    body: `Rail ${uniqueSuffix()}. The line carried 14 million passengers in 2023, the operator said. Fares rose 6 percent.`,
    format: 'text',
    url: articleUrl,
  });
  articleId = article.id;
  const [claim, other] = article.claims;
  publishedId = claim?.id ?? '';
  unpublishedId = other?.id ?? '';
  // A figure as a reviewer corrected it: a range, its unit and the year it is about.
  await updateClaimFields(db.prisma, reviewer, { id: unpublishedId, expectedVersion: 1, fields: FARES });
  await moveClaimState(db.prisma, reviewer, { id: publishedId, to: 'in_review', expectedVersion: 1 });
  await attachCitation(db.prisma, reviewer, {
    claimId: publishedId,
    sourceUrl: 'https://rail.example.org/report',
    stance: 'supports',
    quote: '14.2 million journeys',
  });
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'true');
  const review = await submitReview(db.prisma, reviewer, {
    claimId: publishedId,
    verdictLabelId: label?.id ?? '',
    rationale: 'The annual report lists 14.2 million journeys.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, admin, { reviewId: review.id, expectedVersion: 3 });
  const options = {
    db: db.prisma,
    archiveQueue: new CitationArchiver(db.prisma),
    publicUrl: PUBLIC_URL,
    rateLimit: { limit: 1_000, windowSeconds: 60, failedKeyLimit: 1_000 },
    allowPrivateHosts: true,
  };
  pages = createServer((req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<html><head><meta property="og:title" content="Ferry report ${req.url ?? ''}"></head><body><p>Ferries ${req.url ?? ''} carried 2.5 million people in 2024, the port said.</p></body></html>`,
      ),
  );
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  // REST and tRPC side by side, as the web app serves them; API keys only, no session.
  const apiHandler = createApiHandler({ ...options, resolveActor: () => Promise.resolve(null) });
  ({ server, url: base } = await serveFetch((req) => apiHandler(req)));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => pages.close(resolve));
  await db.close();
});

const get = (path: string, key: string | null = token) =>
  fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('REST API over HTTP', () => {
  it('GET /api/v1/claims/{id}: status, verdict, rationale, citations and the ClaimReview URL once published', async () => {
    const res = await get(`/api/v1/claims/${publishedId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('1000;w=60');
    expect(res.headers.get('ratelimit')).toMatch(/^limit=1000, remaining=\d+, reset=\d+$/);
    expect(await res.json()).toMatchObject({
      id: publishedId,
      state: 'approved',
      published: true,
      verdict: { name: 'True', slug: 'true', rating: 6 },
      rationale: 'The annual report lists 14.2 million journeys.',
      citations: [{ sourceUrl: 'https://rail.example.org/report', stance: 'supports', quote: '14.2 million journeys' }],
      claimReviewUrl: `${PUBLIC_URL}/published/${publishedId}`,
      article: { id: articleId, url: articleUrl },
    });
    const draft = (await (await get(`/api/v1/claims/${unpublishedId}`)).json()) as Record<string, unknown>;
    expect(draft).toMatchObject({
      state: 'new',
      published: false,
      verdict: null,
      rationale: null,
      citations: [],
      claimReviewUrl: null,
    });
    const missing = await get('/api/v1/claims/nosuchclaim');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ message: 'Claim nosuchclaim not found.' });
  });

  it('GET /api/v1/claims?articleUrl= and /api/v1/claims/lookup?text= find claims with their status', async () => {
    const byUrl = (await (await get(`/api/v1/claims?articleUrl=${encodeURIComponent(articleUrl)}`)).json()) as {
      items: Array<{ id: string }>;
    };
    expect(byUrl.items.map((c) => c.id)).toEqual(expect.arrayContaining([publishedId, unpublishedId]));
    const found = (await (await get(`/api/v1/claims/lookup?text=${encodeURIComponent('14 MILLION passengers')}`)).json()) as {
      items: Array<{ id: string; published: boolean }>;
    };
    expect(found.items).toContainEqual(expect.objectContaining({ id: publishedId, published: true }));
    const tooShort = await get('/api/v1/claims/lookup?text=ab');
    expect(tooShort.status).toBe(400);
  });

  it('every claim-status read carries the normalised figure and the period, over REST and tRPC alike', async () => {
    const extracted = { id: publishedId, value: 14_000_000, low: 14_000_000, high: 14_000_000, bound: 'exact' };
    const corrected = { id: unpublishedId, ...FARES };
    expect(await (await get(`/api/v1/claims/${publishedId}`)).json()).toMatchObject({ ...extracted, timeStart: null });
    expect(await (await get(`/api/v1/claims/${unpublishedId}`)).json()).toMatchObject(corrected);
    const overTrpc = await callTrpc(
      base,
      'v1.claimStatus',
      { id: unpublishedId },
      { method: 'GET', headers: { authorization: `Bearer ${token}` } },
    );
    expect(overTrpc.status).toBe(200);
    expect(overTrpc.body).toMatchObject(corrected);
    const byUrl = (await (await get(`/api/v1/claims?articleUrl=${encodeURIComponent(articleUrl)}`)).json()) as {
      items: unknown[];
    };
    expect(byUrl.items).toEqual(expect.arrayContaining([expect.objectContaining(extracted), expect.objectContaining(corrected)]));
    const found = (await (await get(`/api/v1/claims/lookup?text=${encodeURIComponent('fares rose 6 percent')}`)).json()) as {
      items: unknown[];
    };
    expect(found.items).toContainEqual(expect.objectContaining(corrected));
    const article = (await (await get(`/api/v1/articles/${articleId}`)).json()) as { claims: unknown[] };
    expect(article.claims).toContainEqual(expect.objectContaining(corrected));
  });

  it('GET /api/v1/articles/{id} needs the articles:read scope', async () => {
    const ok = await get(`/api/v1/articles/${articleId}`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { claims: unknown[] }).claims.length).toBeGreaterThanOrEqual(2);
    const denied = await get(`/api/v1/articles/${articleId}`, claimsOnly);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({
      message: 'This API key lacks the scope articles:read (it has: claims:read).',
      code: 'FORBIDDEN',
    });
  });

  it('answers missing, wrong, expired and revoked keys with 401 and a clear body', async () => {
    expect(await (await get(`/api/v1/claims/${publishedId}`, null)).json()).toMatchObject({
      message: 'Send an API key as "Authorization: Bearer clk_…".',
      code: 'UNAUTHORIZED',
    });
    expect(
      (await get(`/api/v1/claims/${publishedId}`, 'clk_0000000000_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).status,
    ).toBe(401);
    const expiring = await createApiKey(db.prisma, admin, { name: 'expiring', scopes: ['claims:read'], expiresInDays: 1 });
    await db.prisma.apiKey.update({ where: { id: expiring.key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await get(`/api/v1/claims/${publishedId}`, expiring.token);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { message: string }).message).toMatch(/^This API key expired on \d{4}-\d{2}-\d{2}\.$/);
    const revoking = await createApiKey(db.prisma, admin, { name: 'revoked', scopes: ['claims:read'] });
    await revokeApiKey(db.prisma, admin, revoking.key.id);
    const revoked = await get(`/api/v1/claims/${publishedId}`, revoking.token);
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { message: string }).message).toMatch(/^This API key was revoked on /);
  });

  it('limits each key: past the budget it answers 429 with Retry-After', async () => {
    const tight = {
      db: db.prisma,
      archiveQueue: new CitationArchiver(db.prisma),
      publicUrl: PUBLIC_URL,
      rateLimit: { limit: 3, windowSeconds: 60, failedKeyLimit: 1_000 },
    };
    const tightHandler = createRestHandler(tight);
    const limited = await serveFetch((req) => tightHandler(req));
    const fresh = (await createApiKey(db.prisma, admin, { name: 'tight', scopes: ['claims:read'] })).token;
    const other = (await createApiKey(db.prisma, admin, { name: 'tight other', scopes: ['claims:read'] })).token;
    try {
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 4; i++) {
        last = await fetch(`${limited.url}/api/v1/claims/${publishedId}`, { headers: { authorization: `Bearer ${fresh}` } });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(last?.headers.get('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
      expect(await last?.json()).toMatchObject({
        message: 'Too many requests for this API key: the limit is 3 per 60 s.',
        code: 'TOO_MANY_REQUESTS',
      });
      const otherKey = await fetch(`${limited.url}/api/v1/claims/${publishedId}`, {
        headers: { authorization: `Bearer ${other}` },
      });
      expect(otherKey.status).toBe(200);
    } finally {
      await new Promise((resolve) => limited.server.close(resolve));
    }
  });

  it('POST /api/v1/webhooks registers a receiver for a key with webhooks:manage', async () => {
    const manager = (await createApiKey(db.prisma, admin, { name: 'hooks', scopes: ['webhooks:manage'] })).token;
    const post = (key: string, body: unknown) =>
      fetch(`${base}/api/v1/webhooks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await post(manager, { url: 'https://consumer.example.org/hooks', events: ['claim.published'] });
    expect(created.status).toBe(200);
    const hook = (await created.json()) as { id: string; secret: string; active: boolean };
    expect(hook).toMatchObject({ active: true, secret: expect.stringMatching(/^whsec_/) });
    await db.prisma.webhook.update({ where: { id: hook.id }, data: { active: false } });
    // Inbox notices (assignments, mentions …) are one more event a receiver may ask for.
    const inboxHook = await post(manager, { url: 'https://chat.example.org/hooks', events: ['inbox.item'] });
    expect(inboxHook.status).toBe(200);
    const { id: inboxHookId, events } = (await inboxHook.json()) as { id: string; events: string[] };
    expect(events).toEqual(['inbox.item']);
    await db.prisma.webhook.update({ where: { id: inboxHookId }, data: { active: false } });
    expect((await post(manager, { url: 'https://chat.example.org/hooks', events: ['inbox.everything'] })).status).toBe(400);
    expect((await post(token, { url: 'https://consumer.example.org/hooks', events: ['claim.published'] })).status).toBe(403);
    const bad = await post(manager, { url: 'ftp://consumer.example.org', events: [] });
    expect(bad.status).toBe(400);
  });

  it('POST /api/v1/articles fetches and ingests a URL for a key with articles:ingest', async () => {
    const ingester = (await createApiKey(db.prisma, admin, { name: 'ingest', scopes: ['articles:ingest'] })).token;
    const post = (key: string, body: unknown) =>
      fetch(`${base}/api/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const path = `/ferries-${uniqueSuffix()}`;
    const res = await post(ingester, { url: `${pagesBase}${path}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { created: boolean; article: { title: string; claims: { value: number | null }[] } };
    expect(body).toMatchObject({ created: true, revised: false, version: 1, article: { title: `Ferry report ${path}` } });
    expect(body.article.claims.some((c) => c.value === 2_500_000)).toBe(true);
    expect((await post(token, { url: `${pagesBase}${path}` })).status).toBe(403);
    expect((await post(ingester, { url: 'ftp://news.example.org/x' })).status).toBe(400);
    expect((await post(ingester, { url: `${pagesBase.replace(/:\d+$/, ':9')}/closed` })).status).toBe(422);
  });

  it('documents the figure and the period in every claim-status response schema', () => {
    const nullable = (schema: object) => ({
      anyOf: expect.arrayContaining([expect.objectContaining(schema), { type: 'null' }]) as unknown,
    });
    type Schema = { properties?: Record<string, unknown>; items?: Schema; required?: string[] };
    const paths = (openApiDocument(PUBLIC_URL).paths ?? {}) as Record<
      string,
      { get?: { responses: Record<string, { content: Record<string, { schema: Schema }> }> } }
    >;
    const responseOf = (path: string) => paths[path]?.get?.responses['200']?.content['application/json']?.schema;
    const claimSchemas = [
      responseOf('/v1/claims/{id}'),
      responseOf('/v1/claims')?.properties?.['items'] as Schema | undefined,
      responseOf('/v1/claims/lookup')?.properties?.['items'] as Schema | undefined,
      responseOf('/v1/articles/{id}')?.properties?.['claims'] as Schema | undefined,
    ].map((schema) => schema?.items ?? schema);
    for (const schema of claimSchemas) {
      expect(Object.keys(schema?.properties ?? {})).toEqual(
        expect.arrayContaining(['value', 'low', 'high', 'bound', 'unit', 'timeStart', 'timeEnd']),
      );
      expect(schema?.properties).toMatchObject({
        value: { type: ['number', 'null'] },
        unit: { type: ['string', 'null'] },
        bound: nullable({ enum: ['exact', 'upper', 'lower', 'approximate'] }),
        timeStart: nullable({ format: 'date' }),
        timeEnd: nullable({ format: 'date' }),
      });
    }
  });

  it('describes itself as OpenAPI 3.1', () => {
    const doc = openApiDocument(PUBLIC_URL);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: `${PUBLIC_URL}/api` }]);
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/claims',
      '/v1/claims/lookup',
      '/v1/claims/match',
      '/v1/claims/{id}',
      '/v1/webhooks',
    ]);
  });
});
