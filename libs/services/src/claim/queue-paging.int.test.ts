import { CLAIM_COUNT_CAP } from '@claimledger/contracts';
import { countClaimsCapped, ensureVerdictScale, estimateClaims, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupClaims } from '../consumer/claim-status';
import { listClaims } from './claim-queue';

let db: Database;
let reviewer: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer', 'Paula Pager');
});
afterAll(() => db.close());

type Seed = { sentence: string; checkworthiness: number; speaker?: string; state?: 'new' | 'approved' };

let position = 0;
/** An article holding these claims (inserted directly: the queue reads, it does not extract). */
async function articleWith(claims: Seed[], publisher?: string): Promise<string> {
  const tag = uniqueSuffix();
  const article = await db.prisma.article.create({
    data: {
      title: `Paging ${tag}`,
      text: 'text',
      contentHash: `paging-${tag}`,
      ingestSource: 'text',
      ...(publisher ? { publisher: { create: { name: publisher } } } : {}),
    },
    select: { id: true },
  });
  await addClaims(article.id, claims);
  return article.id;
}

async function addClaims(articleId: string, claims: Seed[]): Promise<void> {
  await db.prisma.claim.createMany({
    data: claims.map((c) => {
      position += 10;
      return {
        articleId,
        sentence: c.sentence,
        sentenceStart: position,
        start: position,
        end: position + 5,
        text: c.sentence,
        kind: 'quantity' as const,
        kinds: ['quantity' as const],
        checkworthiness: c.checkworthiness,
        extractorVersion: 'test',
        speaker: c.speaker ?? null,
        state: c.state ?? 'new',
      };
    }),
  });
}

const scores = [0.9, 0.7, 0.7, 0.7, 0.5, 0.5, 0.3, 0.3, 0.3, 0.3, 0.1, 0.9, 0.7];

describe('keyset pages of the queue', () => {
  it('follow each other with no claim missing or repeated, in queue order', async () => {
    const articleId = await articleWith(
      scores.map((s, i) => ({ sentence: `Claim ${i} rose by ${i} percent.`, checkworthiness: s })),
    );
    const seen: Array<{ id: string; checkworthiness: number }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listClaims(db.prisma, reviewer, { articleId, limit: 3, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(Math.ceil(scores.length / 3));
    expect(new Set(seen.map((c) => c.id)).size).toBe(scores.length);
    const all = await db.prisma.claim.findMany({ where: { articleId }, orderBy: [{ checkworthiness: 'desc' }, { id: 'asc' }] });
    expect(seen.map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('stay whole while claims are inserted between page reads', async () => {
    const articleId = await articleWith(
      scores.map((s, i) => ({ sentence: `Figure ${i} fell by ${i} points.`, checkworthiness: s })),
    );
    const before = await db.prisma.claim.findMany({ where: { articleId }, select: { id: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let round = 0;
    do {
      const page = await listClaims(db.prisma, reviewer, { articleId, limit: 4, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      // New claims land above, at and below the page boundary, including equal scores.
      await addClaims(articleId, [
        { sentence: `Inserted high ${round}.`, checkworthiness: 0.95 },
        { sentence: `Inserted tie ${round}.`, checkworthiness: 0.3 },
        { sentence: `Inserted low ${round}.`, checkworthiness: 0.05 },
      ]);
      round++;
    } while (cursor && round < 30);
    expect(new Set(seen).size).toBe(seen.length);
    for (const { id } of before) expect(seen).toContain(id);
  });

  it('refuses a cursor that is not one', async () => {
    const error = await listClaims(db.prisma, reviewer, { cursor: 'bm90LWEtY3Vyc29y' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_INPUT');
  });
});

describe('capped counts', () => {
  it('count up to the cap and say when there are more', async () => {
    const articleId = await articleWith(Array.from({ length: 7 }, (_, i) => ({ sentence: `Count ${i}.`, checkworthiness: 0.5 })));
    const filter = { articleId, limit: 50 };
    expect(await countClaimsCapped(db.prisma, filter, null, 5)).toEqual({ total: 5, totalIsCapped: true });
    expect(await countClaimsCapped(db.prisma, filter, null, 7)).toEqual({ total: 7, totalIsCapped: false });
    expect(await countClaimsCapped(db.prisma, filter, null, 100)).toEqual({ total: 7, totalIsCapped: false });
    const page = await listClaims(db.prisma, reviewer, { articleId });
    expect(page).toMatchObject({ total: 7, totalIsCapped: false, totalIsEstimate: false });
    expect(CLAIM_COUNT_CAP).toBeGreaterThanOrEqual(1_000);
  });

  it('are made on the first page only', async () => {
    const articleId = await articleWith(
      Array.from({ length: 5 }, (_, i) => ({ sentence: `Once ${i}.`, checkworthiness: i / 10 })),
    );
    const first = await listClaims(db.prisma, reviewer, { articleId, limit: 2 });
    expect(first).toMatchObject({ total: 5, totalIsCapped: false, totalIsEstimate: false });
    const second = await listClaims(db.prisma, reviewer, { articleId, limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items).toHaveLength(2);
    expect(second).toMatchObject({ total: null, totalIsCapped: false, totalIsEstimate: false });
  });

  it('give the planner estimate, rounded, when it expects more than the cap', async () => {
    const many = CLAIM_COUNT_CAP + 300;
    const articleId = await articleWith(
      Array.from({ length: many }, (_, i) => ({ sentence: `Many ${i}.`, checkworthiness: 0.5 })),
    );
    await db.prisma.$executeRawUnsafe('ANALYZE "Claim"');
    const estimate = await estimateClaims(db.prisma, { articleId }, null);
    expect(estimate).toBeGreaterThan(CLAIM_COUNT_CAP);
    const page = await listClaims(db.prisma, reviewer, { articleId, limit: 10 });
    expect(page.totalIsEstimate).toBe(true);
    expect(page.total).toBe(Number(estimate.toPrecision(2)));
    expect(page.items).toHaveLength(10);
    // A filter the statistics expect to match little is counted exactly.
    const few = await articleWith([{ sentence: 'Few.', checkworthiness: 0.5 }]);
    expect(await listClaims(db.prisma, reviewer, { articleId: few })).toMatchObject({ total: 1, totalIsEstimate: false });
  });
});

describe('search', () => {
  it('ranks speaker, then outlet, then denser word matches, and finds phrases, speakers and outlets', async () => {
    const word = `zorblat${uniqueSuffix().replace(/[^a-z]/g, '')}`;
    const speaker = `Quentin ${word}`;
    const outlet = `The ${word} Gazette`;
    const articleId = await articleWith([
      { sentence: `The ${word} budget rose by 5 percent, and ${word} spending doubled.`, checkworthiness: 0.2 },
      { sentence: `Spending on ${word} fell by 3 percent in 2023.`, checkworthiness: 0.9 },
      { sentence: 'Unrelated sentence about 40 buses.', checkworthiness: 0.5, speaker },
      { sentence: 'Another unrelated sentence about 12 trains.', checkworthiness: 0.4 },
    ]);
    const outletArticle = await articleWith([{ sentence: 'Rents rose by 9 percent.', checkworthiness: 0.6 }], outlet);
    const byText = async (q: string) => (await listClaims(db.prisma, reviewer, { q })).items.map((c) => c.text);

    const ranked = await byText(word);
    // Speaker (+1), outlet (+0.5), then by how densely the words occur in the sentence.
    expect(ranked).toEqual([
      'Unrelated sentence about 40 buses.',
      'Rents rose by 9 percent.',
      `The ${word} budget rose by 5 percent, and ${word} spending doubled.`,
      `Spending on ${word} fell by 3 percent in 2023.`,
    ]);
    expect(ranked).not.toContain('Another unrelated sentence about 12 trains.');

    expect(await byText(`"${word} budget"`)).toEqual([`The ${word} budget rose by 5 percent, and ${word} spending doubled.`]);
    expect(await byText(`${word} fell`)).toEqual([`Spending on ${word} fell by 3 percent in 2023.`]);
    expect(await byText(speaker.toLowerCase())).toEqual(['Unrelated sentence about 40 buses.']);
    expect((await listClaims(db.prisma, reviewer, { q: outlet })).items.map((c) => c.articleId)).toEqual([outletArticle]);
    // Filters apply to search results too.
    expect(await listClaims(db.prisma, reviewer, { q: word, states: ['approved'] })).toMatchObject({ items: [], total: 0 });
    const [first] = (await listClaims(db.prisma, reviewer, { q: word, articleId, limit: 1 })).items;
    expect(first?.speaker).toBe(speaker);

    const statuses = await lookupClaims(db.prisma, { text: `${word} fell` }, 'http://localhost');
    expect(statuses.map((s) => s.text)).toEqual([`Spending on ${word} fell by 3 percent in 2023.`]);
    expect(statuses[0]).toMatchObject({ value: null, unit: null, timeStart: null, published: false, citations: [] });
  });

  it('pages ranked results with a cursor and no repeats', async () => {
    const word = `quibbet${uniqueSuffix().replace(/[^a-z]/g, '')}`;
    await articleWith(Array.from({ length: 9 }, (_, i) => ({ sentence: `${word} claim ${i}.`, checkworthiness: (i % 3) / 3 })));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listClaims(db.prisma, reviewer, { q: word, limit: 4, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });
});
