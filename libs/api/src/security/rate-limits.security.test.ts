import { createApiKey } from '@claimledger/auth';
import { openTestDatabase, testDatabaseUrl, uniqueSuffix } from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTrpc, startHarness, type Harness } from './harness';

const LIMIT = 5;
const FAILED = 4;
let a: Harness;
let b: Harness;
let claimId = '';

beforeAll(async () => {
  a = await startHarness({ rateLimit: LIMIT, failedKeyLimit: FAILED });
  // A second server process on the same database: on PostgreSQL its own connection pool; on
  // PGlite (one embedded owner) the same database object, as a second process would reach it over the wire.
  b = await startHarness({ db: testDatabaseUrl() ? await openTestDatabase() : a.db, rateLimit: LIMIT, failedKeyLimit: FAILED });
  const ingest = await callTrpc(
    a.base,
    'article.ingest',
    { body: `Limits ${uniqueSuffix()}. Ferries carried 2 million cars in 2021.`, format: 'text' },
    { actor: 'editor' },
  );
  claimId = (ingest.body as { article: { claims: Array<{ id: string }> } }).article.claims[0]?.id ?? '';
});
afterAll(async () => {
  await b.close();
  if (testDatabaseUrl()) await b.db.close();
  await a.close();
});

const newKey = async () =>
  (await createApiKey(a.db.prisma, a.actors.admin, { name: `k ${uniqueSuffix()}`, scopes: ['claims:read'] })).token;
const rest = (base: string, token: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/v1/claims/${claimId}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
const trpc = (base: string, token: string, headers: Record<string, string> = {}) =>
  callTrpc(base, 'v1.claimStatus', { id: claimId }, { method: 'GET', headers: { authorization: `Bearer ${token}`, ...headers } });

describe('fault 2: one budget per key, whatever the transport', () => {
  it('a key spent on REST is refused over tRPC, both with RateLimit headers', async () => {
    const token = await newKey();
    for (let i = 0; i < LIMIT; i++) {
      const res = await rest(a.base, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit')).toBe(
        `limit=${LIMIT}, remaining=${LIMIT - i - 1}, reset=${res.headers.get('ratelimit')?.split('reset=')[1]}`,
      );
    }
    const refused = await trpc(a.base, token);
    expect(refused.status).toBe(429);
    // The window opened with the key's first request: the wait is close to the whole minute.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(refused.headers.get('ratelimit-policy')).toBe(`${LIMIT};w=60`);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((refused.body as { message: string }).message).toMatch(/Too many requests for this API key/);
  });

  it('a key spent over tRPC is refused on REST', async () => {
    const token = await newKey();
    for (let i = 0; i < LIMIT; i++) {
      const res = await trpc(a.base, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^limit=${LIMIT}, remaining=${LIMIT - i - 1}, reset=\\d+$`));
    }
    expect((await rest(a.base, token)).status).toBe(429);
  });

  it('holds across two servers on one database, and stamps the key as used there', async () => {
    const token = await newKey();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await (i % 2 ? rest(b.base, token) : trpc(a.base, token))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const prefix = /^clk_([a-z0-9]{10})_/.exec(token)?.[1] ?? '';
    const stored = await b.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix } });
    expect(stored.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe('fault 3: failed attempts are charged to the client address, never to the key', () => {
  it("wrong secrets with a victim key's prefix do not spend the victim's budget", async () => {
    const victim = await newKey();
    const forged = victim.replace(/_[A-Za-z0-9_-]{43}$/, `_${'A'.repeat(43)}`);
    const attacker = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200)}` };
    const statuses: number[] = [];
    for (let i = 0; i < FAILED + 2; i++) statuses.push((await rest(a.base, forged, attacker)).status);
    expect(statuses.slice(0, FAILED)).toEqual(Array(FAILED).fill(401));
    expect(statuses.slice(FAILED)).toEqual([429, 429]);
    const overTrpc = await trpc(b.base, forged, attacker);
    expect(overTrpc.status).toBe(429);
    expect((overTrpc.body as { message: string }).message).toMatch(/failed API key attempts from your address/);
    // The victim's own key is untouched, from anywhere.
    const res = await rest(a.base, victim, { 'x-forwarded-for': '198.51.100.7' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^limit=${LIMIT}, remaining=${LIMIT - 1}, `));
    // Another address still gets its own failures counted from zero.
    expect((await rest(a.base, forged, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(401);
  });
});

describe("fault 2: calls outside the key's scopes spend its budget too", () => {
  const registerWebhook = (token: string) =>
    fetch(`${a.base}/api/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.example.org/in', events: ['claim.published'] }),
    });

  it('a claims:read key refused webhooks:manage is charged each time, then 429 on every transport', async () => {
    const token = await newKey();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await registerWebhook(token);
      statuses.push(res.status);
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^limit=${LIMIT}, remaining=${LIMIT - i - 1}, reset=\\d+$`));
    }
    expect(statuses).toEqual(Array(LIMIT).fill(403));
    const outOfScope = await registerWebhook(token);
    expect(outOfScope.status).toBe(429);
    expect(outOfScope.headers.get('retry-after')).toMatch(/^\d+$/);
    // The budget is spent for the key's own scope too, over REST and tRPC.
    expect((await rest(a.base, token)).status).toBe(429);
    expect((await trpc(b.base, token)).status).toBe(429);
  });
});
