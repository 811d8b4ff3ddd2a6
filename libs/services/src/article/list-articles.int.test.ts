import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@claimledger/db';
import { ingestArticle } from './ingest-article';
import { listArticles } from './read-articles';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const body = (title: string, n: number) => `${title}\n\nThe council approved ${n} new homes in 2024, the planning office said.`;

describe('listArticles', () => {
  it('pages by keyset: every article once, in order, even when articles arrive between pages', async () => {
    const tag = uniqueSuffix();
    // Same outlet, so the search isolates this test's articles; two share a date, two have none.
    const dates = ['2024-03-01', '2024-03-01', '2024-02-01', undefined, '2023-12-31', undefined, '2024-04-15'];
    for (const [i, date] of dates.entries()) {
      await ingestArticle(db.prisma, {
        body: body(`Paging ${tag} number ${i}`, 10 + i),
        format: 'text',
        publisher: `Paging Gazette ${tag}`,
        ...(date ? { publishedAt: date } : {}),
      });
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const rows = await listArticles(db.prisma, { limit: 2, q: `Gazette ${tag}`, ...(after ? { after } : {}) });
      if (page === 1) {
        // A newer article arrives between page reads: it belongs before the cursor, so it is not shown later.
        await ingestArticle(db.prisma, { body: body(`Paging ${tag} late`, 99), format: 'text', publisher: `Paging Gazette ${tag}`, publishedAt: '2024-05-01' });
      }
      if (rows.length === 0) break;
      seen.push(...rows.map((r) => r.title));
      after = rows.at(-1)?.id;
    }
    const numbers = seen.map((title) => title.split(' ').at(-1));
    // Newest publication first; equal dates by ingest time, newest first; undated last.
    expect(numbers.slice(0, 2)).toEqual(['6', '1']);
    expect(numbers).toEqual(['6', '1', '0', '2', '4', '5', '3']);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('searches the headline, the address and the outlet, every word', async () => {
    const tag = uniqueSuffix();
    await ingestArticle(db.prisma, { body: body(`Harbour dredging ${tag}`, 3), format: 'text', publisher: `Coast Herald ${tag}` });
    await ingestArticle(db.prisma, { body: body(`School meals ${tag}`, 4), format: 'text', publisher: `Inland Post ${tag}` });
    expect((await listArticles(db.prisma, { q: `dredging ${tag}` })).map((a) => a.title)).toEqual([`Harbour dredging ${tag}`]);
    expect((await listArticles(db.prisma, { q: `inland post ${tag}` })).map((a) => a.title)).toEqual([`School meals ${tag}`]);
    expect(await listArticles(db.prisma, { q: `dredging inland ${tag}` })).toEqual([]);
  });

  it('returns nothing after an id that does not exist, and refuses a malformed cursor', async () => {
    expect(await listArticles(db.prisma, { after: 'nosucharticle0' })).toEqual([]);
    await expect(listArticles(db.prisma, { after: 'not an id' })).rejects.toThrow(/not a valid id/);
  });
});
