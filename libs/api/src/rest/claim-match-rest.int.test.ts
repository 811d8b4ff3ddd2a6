import type { Server } from 'node:http';
import { createApiKey } from '@claimledger/auth';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import {
  CitationArchiver,
  approveReview,
  ingestArticle,
  listVerdictLabels,
  moveClaimState,
  submitReview,
} from '@claimledger/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFetch } from './node-server';
import { createRestHandler } from './rest-handler';

const PUBLIC_URL = 'https://claims.example.org';
const place = `Qor${uniqueSuffix().replace(/\d/g, 'x')}`;
const stated = `The ${place} council closed 14 ${place}halls in 2023, the mayor said.`;
const paraphrase = `${place} council shut fourteen ${place}halls during 2023`;
let db: Database;
let server: Server;
let base = '';
let token = '';
let claimId = '';

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  const admin = await createTestActor(db.prisma, 'admin');
  const reviewer = await createTestActor(db.prisma, 'reviewer');
  token = (await createApiKey(db.prisma, admin, { name: 'lookup', scopes: ['claims:read'] })).token;
  const { article } = await ingestArticle(db.prisma, { body: stated, format: 'text' });
  claimId = article.claims[0]?.id ?? '';
  await moveClaimState(db.prisma, reviewer, { id: claimId, to: 'in_review', expectedVersion: 1 });
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'false');
  const review = await submitReview(db.prisma, reviewer, {
    claimId,
    verdictLabelId: label?.id ?? '',
    rationale: 'Council minutes list four closures.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, admin, { reviewId: review.id, expectedVersion: 3 });
  const handler = createRestHandler({
    db: db.prisma,
    archiveQueue: new CitationArchiver(db.prisma),
    publicUrl: PUBLIC_URL,
    rateLimit: { limit: 1_000, windowSeconds: 60, failedKeyLimit: 1_000 },
  });
  ({ server, url: base } = await serveFetch((req) => handler(req)));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const auth = () => ({ authorization: `Bearer ${token}` });
const lookup = (text: string) => fetch(`${base}/api/v1/claims/lookup?text=${encodeURIComponent(text)}`, { headers: auth() });
const match = (body: unknown) =>
  fetch(`${base}/api/v1/claims/match`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

type Item = {
  id: string;
  score: number;
  published: boolean;
  verdict: { slug: string } | null;
  trackedClaim: { id: string; status: string; verdict: { verdict: string } | null } | null;
};

describe('claim lookup by meaning', () => {
  it('GET /v1/claims/lookup finds the claim from a paraphrase, with its score, tracked claim and verdict', async () => {
    const res = await lookup(paraphrase);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Item[] };
    expect(items[0]).toMatchObject({ id: claimId, published: true, verdict: { slug: 'false' } });
    expect(items[0]?.score).toBeGreaterThan(0);
    expect(items[0]?.score).toBeLessThanOrEqual(1);
    expect(items[0]?.trackedClaim).toMatchObject({ status: 'published', verdict: { verdict: 'False' } });
    for (let i = 1; i < items.length; i += 1) expect(items[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(items[i]?.score ?? 0);
  });

  it('POST /v1/claims/match answers many texts in one call', async () => {
    const res = await match({ texts: [paraphrase, 'Nothing at all like it: zzqqxx wwvvyy'] });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Array<{ text: string; items: Item[] }> };
    expect(results).toHaveLength(2);
    expect(results[0]?.items[0]?.id).toBe(claimId);
    expect(results[1]?.items.map((i) => i.id)).not.toContain(claimId);
  });

  it('refuses bad input with 400 and a clear message', async () => {
    const empty = await lookup('   ');
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toMatch(/text is empty/);
    const long = await lookup('x'.repeat(1_001));
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toMatch(/longer than 1000 characters/);
    const tooMany = await match({ texts: Array.from({ length: 101 }, (_, i) => `claim ${i}`) });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toMatch(/at most 100 texts/);
    const emptyInBatch = await match({ texts: ['fine text', ''] });
    expect(emptyInBatch.status).toBe(400);
    expect(JSON.stringify(await emptyInBatch.json())).toMatch(/text is empty/);
    expect((await match({ texts: [] })).status).toBe(400);
    expect((await fetch(`${base}/api/v1/claims/lookup?text=abc`)).status).toBe(401);
  });
});
