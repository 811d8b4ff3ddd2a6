import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@claimledger/db';
import { listArticles } from './read-articles';
import { ingestArticle } from './ingest-article';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const article = (tag: string) =>
  `Harbour report ${tag}\n\nThe port handled 4.2 million containers in 2024, up 12 percent, its director Ana Ruiz said. ` +
  `"We handled up to five million in our best year," she said.`;

describe('ingestArticle', () => {
  it('stores the article and its claims with exact spans', async () => {
    const tag = uniqueSuffix();
    const { article: stored, created } = await ingestArticle(db.prisma, {
      body: article(tag),
      format: 'text',
      publishedAt: '2025-01-10',
      publisher: `Port Times ${tag}`,
    });
    expect(created).toBe(true);
    expect(stored.title).toBe(`Harbour report ${tag}`);
    expect(stored.publisher).toBe(`Port Times ${tag}`);
    expect(stored.claims.length).toBeGreaterThanOrEqual(3);
    for (const c of stored.claims) {
      expect(stored.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.extractorVersion).toMatch(/^cl-extract-/);
      expect(c.state).toBe('new');
    }
    expect(stored.claims.find((c) => c.value === 4_200_000)).toMatchObject({ kind: 'quantity', timeStart: '2024-01-01' });
    expect(stored.claims.find((c) => c.value === 5_000_000)).toMatchObject({
      bound: 'upper',
      speaker: 'Ana Ruiz',
      isQuote: true,
    });
  });

  it('stores a change as one claim with its reference, and titles a plain text by its headline, not its kicker', async () => {
    const tag = uniqueSuffix();
    const body =
      `HOUSING ${tag}\nMayor defends housing record\n\n` +
      'The mayor said 4,000 new homes were built in 2023, up from 2,500 in 2022.\n\n' +
      '"We will build 10,000 more," she said.';
    const { article: stored } = await ingestArticle(db.prisma, { body, format: 'text', publishedAt: '2024-03-11' });
    expect(stored.title).toBe('Mayor defends housing record');
    expect(stored.claims.map((c) => c.text)).toEqual(['4,000 new homes were built in 2023, up from 2,500 in 2022']);
    expect(stored.claims[0]).toMatchObject({ value: 4000, timeStart: '2023-01-01', timeEnd: '2023-12-31', unit: null });
  });

  it('is idempotent on content: the same text twice gives one article', async () => {
    const body = article(uniqueSuffix());
    const first = await ingestArticle(db.prisma, { body, format: 'text' });
    const again = await ingestArticle(db.prisma, { body: `${body}\r\n\r\n`, format: 'text' });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    const count = await db.prisma.article.count({ where: { contentHash: first.article.contentHash } });
    expect(count).toBe(1);
  });

  it('reports a failure of matching after the article is stored (never a duplicate); the next ingest finishes it', async () => {
    const place = `Qor${uniqueSuffix().replace(/\d/g, 'k')}`;
    const body = `The ${place} council approved 37 new ${place} bus lanes in 2019, the mayor’s office said.`;
    // Tracked claims about this place cannot be made for now: matching fails once the claims are stored.
    const trigger = `refuse_${place.toLowerCase()}`;
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."canonicalText" LIKE '%${place}%' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${trigger} BEFORE INSERT ON "ClaimGroup" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      await expect(ingestArticle(db.prisma, { body, format: 'text' })).rejects.toThrow(/refused for the test/);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "ClaimGroup"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    const stored = await db.prisma.claim.findMany({ where: { sentence: { contains: place } }, select: { groupId: true } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((c) => c.groupId === null)).toBe(true);
    const again = await ingestArticle(db.prisma, { body, format: 'text' });
    expect(again.created).toBe(false);
    const placed = await db.prisma.claim.findMany({ where: { articleId: again.article.id }, select: { groupId: true } });
    expect(placed.length).toBe(stored.length);
    expect(placed.every((c) => c.groupId !== null)).toBe(true);
  });

  it('survives concurrent ingests of the same text', async () => {
    const body = article(uniqueSuffix());
    const results = await Promise.all([1, 2, 3].map(() => ingestArticle(db.prisma, { body, format: 'text' })));
    expect(new Set(results.map((r) => r.article.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('cleans HTML with Readability: no navigation, no scripts', async () => {
    const tag = uniqueSuffix();
    const html = `<!doctype html><html><head><title>Mill closes ${tag}</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> Subscribe now</nav>
      <article><h1>Mill closes ${tag}</h1>
        <p>The paper mill in Eastbrook will close in March, ending 340 jobs, its owner said on Tuesday.</p>
        <p>"We lost 60 percent of our orders in three years," said plant manager Joan Pike.</p>
        <p>The mill opened in 1952 and was the town's largest employer for seven decades.</p>
        <script>window.alert('x')</script></article>
      <footer>Copyright Eastbrook Gazette. Sign in to comment.</footer></body></html>`;
    const { article: stored } = await ingestArticle(db.prisma, { body: html, format: 'html', url: `https://example.org/${tag}` });
    expect(stored.text).toContain('ending 340 jobs');
    expect(stored.text).not.toContain('Subscribe now');
    expect(stored.text).not.toContain('alert');
    expect(stored.claims.some((c) => c.value === 340)).toBe(true);
  });

  it.each([
    ['empty text', { body: '   \n ', format: 'text' as const }, /empty/],
    ['binary content', { body: 'PK\u0003\u0004\u0000\u0000binary', format: 'text' as const }, /control character/],
    ['bad URL', { body: 'Some text with 3 numbers.', format: 'text' as const, url: 'ftp://x' }, /url/i],
    ['huge text', { body: 'x'.repeat(3 * 1024 * 1024), format: 'text' as const }, /larger than/],
  ])('rejects %s with a clear error and stores nothing', async (_name, input, message) => {
    const before = await db.prisma.article.count();
    const error = await ingestArticle(db.prisma, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_INPUT');
    expect((error as AppError).message).toMatch(message);
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('lists articles newest first with claim counts', async () => {
    const tag = uniqueSuffix();
    // Tomorrow: the latest publication date accepted, so this article is the newest.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await ingestArticle(db.prisma, { body: article(tag), format: 'text', publishedAt: tomorrow });
    const [first] = await listArticles(db.prisma, { limit: 5 });
    expect(first?.title).toBe(`Harbour report ${tag}`);
    expect(first?.claimCount).toBeGreaterThan(0);
  });
});
