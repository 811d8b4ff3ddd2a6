import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueSuffix } from '@claimledger/db/testing';
import { callTrpc, errorMessage, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const ingest = (publishedAt: string, tag = uniqueSuffix()) =>
  callTrpc(
    h.base,
    'article.ingest',
    { body: `Dates ${tag}. The port handled 12 million tonnes in 2023.`, format: 'text', publishedAt },
    { actor: 'reviewer' },
  );

describe('fault 1: impossible dates', () => {
  it.each(['10000-01-01', '+275760-09-13', '-000001-01-01', '1000-13-45', '2999-01-01'])(
    'refuses publishedAt %s with a 400 and stores nothing',
    async (publishedAt) => {
      const before = await h.db.prisma.article.count();
      const res = await ingest(publishedAt);
      expect(res.status).toBe(400);
      expect(errorMessage(res)).toMatch(/publishedAt/);
      expect(await h.db.prisma.article.count()).toBe(before);
      const list = await callTrpc(h.base, 'article.list', { limit: 50 }, { method: 'GET', actor: 'viewer' });
      expect(list.status).toBe(200);
    },
  );

  it('accepts a plausible publishedAt (today)', async () => {
    const res = await ingest(new Date().toISOString().slice(0, 10));
    expect(res.status).toBe(200);
  });

  it('refuses accessedAt in the future or before the web, with a 400 that shows no SQL', async () => {
    const { body } = await ingest('2024-01-01');
    const claimId = (body as { article: { claims: Array<{ id: string }> } }).article.claims[0]?.id ?? '';
    expect(claimId).not.toBe('');
    for (const accessedAt of ['+275760-09-13', '-000500-01-01', new Date(Date.now() + 3 * 86_400_000).toISOString()]) {
      const res = await callTrpc(
        h.base,
        'citation.add',
        { claimId, sourceUrl: 'https://example.org/source', stance: 'supports', quote: 'twelve million', accessedAt },
        { actor: 'reviewer' },
      );
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/prisma|SQL|invocation|22008/i);
    }
    const list = await callTrpc(h.base, 'citation.forClaim', { id: claimId }, { method: 'GET', actor: 'viewer' });
    expect(list.status).toBe(200);
  });

  it('lists articles even when one stored row carries an impossible date', async () => {
    const { body } = await ingest('2024-02-02');
    const id = (body as { article: { id: string } }).article.id;
    await h.db.prisma.$executeRawUnsafe(`UPDATE "Article" SET "publishedAt" = '10000-01-01' WHERE id = $1`, id);
    const list = await callTrpc(h.base, 'article.list', { limit: 200 }, { method: 'GET', actor: 'viewer' });
    expect(list.status).toBe(200);
    expect((list.body as Array<{ id: string; publishedAt: Date | null }>).find((a) => a.id === id)).toMatchObject({
      publishedAt: null,
    });
  });
});

describe('fault 1b: impossible time scopes', () => {
  const claimOf = async (tag = uniqueSuffix()) => {
    const { body } = await ingest('2024-03-03', tag);
    const claim = (body as { article: { claims: Array<{ id: string; version: number }> } }).article.claims[0];
    return { id: claim?.id ?? '', version: claim?.version ?? 1 };
  };

  it.each([
    ['timeStart', '0000-01-01'],
    ['timeStart', '-000001-01-01'],
    ['timeEnd', '10000-01-01'],
    ['timeEnd', '+275760-09-13'],
    ['timeStart', '0999-12-31'],
  ])('refuses %s %s in claim.updateFields with a 400 that shows no SQL, and changes nothing', async (field, day) => {
    const { id, version } = await claimOf();
    const res = await callTrpc(
      h.base,
      'claim.updateFields',
      { id, expectedVersion: version, fields: { [field]: day } },
      { actor: 'reviewer' },
    );
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(new RegExp(field));
    expect(res.text).not.toMatch(/prisma|SQL|invocation|22008|P2039/i);
    const stored = await h.db.prisma.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(stored.version).toBe(version);
  });

  it('keeps a time scope from 1000 to 9999', async () => {
    const { id, version } = await claimOf();
    const res = await callTrpc(
      h.base,
      'claim.updateFields',
      { id, expectedVersion: version, fields: { timeStart: '1066-10-14', timeEnd: '9999-12-31' } },
      { actor: 'reviewer' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ timeStart: '1066-10-14', timeEnd: '9999-12-31' });
  });

  it('ingests a text whose figures lie out of the calendar ("300 million years ago") with no time scope', async () => {
    const res = await callTrpc(
      h.base,
      'article.ingest',
      {
        body: `Deep time ${uniqueSuffix()}. The rock formed 300 million years ago, geologists said. The well was dug 5000 years ago by 30 families.`,
        format: 'text',
        publishedAt: '2024-03-01',
      },
      { actor: 'reviewer' },
    );
    expect(res.status).toBe(200);
    const claims = (res.body as { article: { claims: Array<{ timeStart: string | null }> } }).article.claims;
    for (const c of claims) if (c.timeStart !== null) expect(c.timeStart).toMatch(/^[1-9]\d{3}-/);
  });
});
