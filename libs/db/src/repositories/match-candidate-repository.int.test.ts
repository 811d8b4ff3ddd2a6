import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection/prisma-clients';
import { runsOnPool } from '../connection/hot-sql';
import { openTestDatabase, uniqueSuffix } from '../testing';
import {
  findClaimCandidates,
  findClaimCandidatesMany,
  findFactCheckCandidates,
  findFactCheckCandidatesMany,
  findQueryTerms,
  findQueryTermsMany,
  noteClaimTerms,
  noteFactCheckTerms,
  planCandidates,
  ROW_CAP,
  type CandidatePlan,
  type QueryTerms,
} from './match-candidate-repository';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

/** A made-up name (letters only, so it stays one stem) that only this test's rows contain. */
const place = () => `Qor${uniqueSuffix().replace(/\d/g, 'z')}`;

async function storeClaims(sentences: string[]): Promise<{ articleId: string; ids: string[] }> {
  const suffix = uniqueSuffix();
  const article = await db.prisma.article.create({
    data: { title: 'Match candidates', text: sentences.join(' '), contentHash: `match-${suffix}`, ingestSource: 'text' },
    select: { id: true },
  });
  const ids: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const claim = await db.prisma.claim.create({
      data: {
        articleId: article.id,
        sentence,
        sentenceStart: at,
        start: at,
        end: at + sentence.length,
        text: sentence,
        kind: 'count',
        kinds: ['count'],
        checkworthiness: 0.9,
        extractorVersion: 'test',
      },
      select: { id: true },
    });
    ids.push(claim.id);
    at += sentence.length + 1;
  }
  await noteClaimTerms(db.prisma, article.id, ids);
  return { articleId: article.id, ids };
}

/** The terms of `text` as if the database held a million texts, with `docs` for every stem but `keep`'s (default: all). */
async function asMillion(text: string, docs?: number, keep = '\u0000'): Promise<QueryTerms> {
  const terms = await findQueryTerms(db.prisma, text);
  const count = (term: string, real: number) => (docs === undefined || term.startsWith(keep) ? real : docs);
  return {
    total: 1_000_000,
    terms: terms.terms.map((t) => ({
      ...t,
      docs: count(t.term, t.docs),
      alternatives: t.alternatives.map((a) => ({ ...a, docs: count(a.term, a.docs) })),
    })),
  };
}

describe('match candidates', () => {
  it('searches indexes that take new rows at once (no GIN pending list for every search to read)', async () => {
    const rows = await db.prisma.$queryRaw<Array<{ name: string; options: string[] | null }>>`
      SELECT c.relname AS name, c.reloptions AS options FROM pg_class c
      WHERE c.relname IN ('ClaimMatchTerms_sentenceTsv_idx', 'ClaimMatchTerms_pairTsv_idx', 'ImportedFactCheck_claimReviewedTsv_idx')
      ORDER BY c.relname`;
    expect(rows).toEqual([
      { name: 'ClaimMatchTerms_pairTsv_idx', options: ['fastupdate=off'] },
      { name: 'ClaimMatchTerms_sentenceTsv_idx', options: ['fastupdate=off'] },
      { name: 'ImportedFactCheck_claimReviewedTsv_idx', options: ['fastupdate=off'] },
    ]);
  });

  it('finds a paraphrase with other word order and inflections, and counts the stems of stored claims', async () => {
    const name = place();
    const stored = await storeClaims([
      `The ${name} council closed 14 public libraries in the northern districts in 2023.`,
      `The ${name} council opened a new swimming pool in 2021.`,
    ]);
    const paraphrase = `Libraries closing across northern district: ${name} councils shut 14 in 2023`;
    const found = await findClaimCandidates(db.prisma, { text: paraphrase, limit: 10 });
    expect(found[0]?.id).toBe(stored.ids[0]);
    // The same at a million texts with every stem common: only pairs of stems are searched.
    const plan = planCandidates(await asMillion(paraphrase, 50_000));
    expect(plan?.anchors.every((a) => a.includes(' & '))).toBe(true);
    const paired = await findClaimCandidates(db.prisma, { text: paraphrase, plan, limit: 10 });
    expect(paired[0]?.id).toBe(stored.ids[0]);
    // Claims are searched for pairs as pair terms, which the insert trigger wrote from their stems.
    const [row] = await db.prisma.$queryRaw<Array<{ pairs: string; articleId: string }>>`
      SELECT "pairTsv"::text AS pairs, "articleId" FROM "ClaimMatchTerms" WHERE "claimId" = ${stored.ids[0]}`;
    expect(row?.pairs).toContain(`'council~librari'`);
    expect(row?.articleId).toBe(stored.articleId);
    // Another article's claims only: excluding the stored claims' article leaves neither.
    const excluded = await findClaimCandidates(db.prisma, { text: paraphrase, excludeArticleId: stored.articleId, limit: 10 });
    expect(excluded.map((c) => c.id)).not.toContain(stored.ids[0]);
    const terms = await findQueryTerms(db.prisma, `${name} libraries`);
    expect(terms.terms.find((t) => t.term.startsWith(name.toLowerCase().slice(0, 7)))?.docs).toBe(2);
  });

  it('keeps the match terms of a claim apart: placing it leaves them as they are, a new sentence renews them, deleting it drops them', async () => {
    const name = place();
    const stored = await storeClaims([`The ${name} council closed 14 public libraries in 2023.`]);
    const id = stored.ids[0] ?? '';
    const termsRow = () =>
      db.prisma.$queryRaw<Array<{ version: string; pairs: string }>>`
        SELECT xmin::text AS version, "pairTsv"::text AS pairs FROM "ClaimMatchTerms" WHERE "claimId" = ${id}`;
    const [before] = await termsRow();
    // Placing a claim updates its "Claim" row only: the pair terms' row (and its index entries) stay.
    const group = await db.prisma.claimGroup.create({ data: { canonicalText: 'x' }, select: { id: true } });
    await db.prisma.claim.update({ where: { id }, data: { groupId: group.id, matchScore: 0.9 } });
    expect(await termsRow()).toEqual([before]);
    // A corrected sentence is searched by its new words.
    await db.prisma.claim.update({ where: { id }, data: { sentence: `The ${name} council closed 14 public museums in 2023.` } });
    const [after] = await termsRow();
    expect(after?.pairs).toContain('museum');
    expect(after?.pairs).not.toContain('librari');
    const plan = planCandidates(await asMillion(`${name} council museums closed`, 50_000));
    expect((await findClaimCandidates(db.prisma, { text: '', plan, limit: 10 })).map((c) => c.id)).toContain(id);
    await db.prisma.claim.delete({ where: { id } });
    expect(await termsRow()).toEqual([]);
  });

  it('finds a claim through misspelt words, as the known stems closest in trigrams', async () => {
    const name = place();
    const stored = await storeClaims([`The ${name}ville council closed 14 libraries in 2023.`]);
    // Few distinctive known stems ("librari"): the unknown words are looked up as misspellings.
    const typo = `The ${name}vile councl closd librarys.`;
    const terms = await asMillion(typo);
    // The misspelt name is unknown; its closest known stem is the stored name's.
    const misspelt = terms.terms.find((t) => t.term.startsWith(name.toLowerCase()));
    expect(misspelt?.docs).toBe(0);
    expect(misspelt?.alternatives[0]?.term).toMatch(new RegExp(`^${name.toLowerCase()}vill`));
    const found = await findClaimCandidates(db.prisma, { text: typo, plan: planCandidates(terms), limit: 10 });
    expect(found.map((c) => c.id)).toContain(stored.ids[0]);
  });

  it('ranks by the rare stems shared; a text sharing only common stems is no candidate', async () => {
    const name = place();
    const stored = await storeClaims([
      `The government said a million people and a million homes in the country were affected this year, the government said.`,
      `${name} has a million residents, the government said.`,
    ]);
    const text = `A million people live in ${name}, says the government`;
    // Every stem but the name common, as at a million texts.
    const plan = planCandidates(await asMillion(text, 50_000, name.toLowerCase().slice(0, 7)));
    const found = await findClaimCandidates(db.prisma, { text, plan, limit: 5 });
    expect(found.map((c) => c.id)).toEqual([stored.ids[1]]);
  });

  it('reads at most ROW_CAP rows of a capped pair, and a row both searches find once', async () => {
    const name = place();
    const article = await db.prisma.article.create({
      data: { title: 'Common pair', text: 'Rural areas.', contentHash: `pair-${uniqueSuffix()}`, ingestSource: 'text' },
      select: { id: true },
    });
    const claim = (sentence: string, i: number) => ({
      articleId: article.id,
      sentence,
      sentenceStart: i * 100,
      start: i * 100,
      end: i * 100 + sentence.length,
      text: sentence,
      kind: 'count' as const,
      kinds: ['count' as const],
      checkworthiness: 0.5,
      extractorVersion: 'test',
    });
    await db.prisma.claim.createMany({
      data: Array.from({ length: ROW_CAP + 200 }, (_, i) => claim(`Clinics in ${name}ski rural areas number ${i}.`, i)),
    });
    const { id } = await db.prisma.claim.create({
      data: claim(`Nurses in ${name}ski rural areas left, says ${name}.`, ROW_CAP + 200),
      select: { id: true },
    });
    const stem = async (word: string) => `'${(await findQueryTerms(db.prisma, word)).terms[0]?.term}'`;
    const [rare, common] = [await stem(name), await stem(`${name}ski`)];
    const plan: CandidatePlan = {
      anchors: [rare, `${common} & 'rural'`],
      capped: [`${common} & 'rural'`],
      slots: [
        { query: rare, docs: 1, weight: 9, lexemes: [] },
        { query: common, docs: ROW_CAP + 201, weight: 2, lexemes: [] },
        { query: `'rural'`, docs: ROW_CAP + 201, weight: 2, lexemes: [] },
      ],
      // Searched by the stems here (a plan without pair terms).
      pairTerms: {},
    };
    const [found = []] = await findClaimCandidatesMany(db.prisma, [{ plan }], 5_000);
    // The rare word's claim (found by both searches) once and first; of the common pair, ROW_CAP rows.
    expect(found[0]?.id).toBe(id);
    expect(found.filter((c) => c.id === id)).toHaveLength(1);
    expect(found).toHaveLength(ROW_CAP + 1);
  });

  it('finds imported fact-checks the same way', async () => {
    const name = place();
    const check = await db.prisma.importedFactCheck.create({
      data: {
        reviewUrl: `https://checks.example.org/${name}`,
        claimReviewed: `${name} airport handled nine million passengers in 2019`,
        publisherName: 'Checks',
      },
      select: { id: true },
    });
    await noteFactCheckTerms(db.prisma, check.id);
    const text = `In 2019 nine million passengers went through the ${name} airports`;
    const plan = planCandidates(await asMillion(text, 50_000));
    const found = await findFactCheckCandidates(db.prisma, { text, plan, limit: 5 });
    expect(found.map((c) => c.id)).toContain(check.id);
  });

  it('reads the candidates of many texts in one statement, each list as its own read gives it', async () => {
    const name = place();
    const stored = await storeClaims([
      `The ${name} council closed 14 public libraries in the northern districts in 2023.`,
      `The ${name} council opened a new swimming pool in 2021.`,
      `${name} bus fares rose by 12 percent in 2022.`,
    ]);
    const check = await db.prisma.importedFactCheck.create({
      data: {
        reviewUrl: `https://checks.example.org/${name}-pool`,
        claimReviewed: `${name} opened a swimming pool in 2021`,
        publisherName: 'Checks',
      },
      select: { id: true },
    });
    await noteFactCheckTerms(db.prisma, check.id);
    const texts = [
      `Libraries closing across northern district: ${name} councils shut 14 in 2023`,
      'the and of',
      `A new ${name} swimming pool opened in 2021`,
      `The ${name}vile councl closd librarys.`,
      `${name} fares for buses went up 12% during 2022`,
    ];
    const many = await findQueryTermsMany(db.prisma, texts);
    const one = await Promise.all(texts.map((t) => findQueryTerms(db.prisma, t)));
    expect(many).toEqual(one);
    expect(many[1]?.terms).toEqual([]);
    const plans = many.map(planCandidates);
    const excludes = [undefined, undefined, stored.articleId, undefined, undefined];
    const claims = await findClaimCandidatesMany(
      db.prisma,
      plans.map((plan, i) => ({ plan, excludeArticleId: excludes[i] })),
      2,
    );
    const claimsOne = await Promise.all(
      texts.map((text, i) =>
        findClaimCandidates(db.prisma, {
          text,
          plan: plans[i] ?? null,
          limit: 2,
          ...(excludes[i] ? { excludeArticleId: excludes[i] } : {}),
        }),
      ),
    );
    expect(claims).toEqual(claimsOne);
    expect(claims[0]?.[0]?.id).toBe(stored.ids[0]);
    expect(claims[1]).toEqual([]);
    expect(claims[2]?.map((c) => c.id)).not.toContain(stored.ids[1]);
    expect(claims[4]?.[0]?.id).toBe(stored.ids[2]);
    const checks = await findFactCheckCandidatesMany(db.prisma, plans, 3);
    const checksOne = await Promise.all(
      texts.map((text, i) => findFactCheckCandidates(db.prisma, { text, plan: plans[i] ?? null, limit: 3 })),
    );
    expect(checks).toEqual(checksOne);
    expect(checks[2]?.map((c) => c.id)).toContain(check.id);
  });

  it('gives a lookup the same candidates, in the same order, when its searches are split over two statements', async () => {
    const name = place();
    const at = new Date('2026-11-01T00:00:00Z');
    const sentences = [
      `${name} harbour cranes unloaded 40 ships in March.`,
      `${name} harbour pilots guided 40 ships in March.`,
      `Cranes at the ${name} harbour broke down twice.`,
      `${name} pilots went on strike in March.`,
      `Ships waited outside ${name} harbour for 40 hours.`,
      `${name} cranes and pilots cost 40 million.`,
    ];
    const stored = await storeClaims(sentences);
    // Equal dates: rows of equal score fall back to their id, as the whole statement orders them.
    await db.prisma.claim.updateMany({ where: { id: { in: stored.ids } }, data: { createdAt: at } });
    const text = `In March 40 ships were unloaded by ${name} harbour cranes and guided by pilots`;
    const plan = planCandidates(await asMillion(text, 3_000, name.toLowerCase()));
    expect(plan?.anchors.length).toBeGreaterThan(2);
    for (const limit of [2, 4, 10]) {
      const [whole = []] = await findClaimCandidatesMany(db.prisma, [{ plan }], limit, 1);
      const [split = []] = await findClaimCandidatesMany(db.prisma, [{ plan }], limit, 2);
      expect(split).toEqual(whole);
      expect(new Set(split.map((c) => c.id)).size).toBe(split.length);
    }
    // Each statement's rows are handed out as it returns: together they hold every row kept.
    const read: Array<{ query: number; ids: string[]; othersRunning: boolean }> = [];
    const [all = []] = await findClaimCandidatesMany(db.prisma, [{ plan }], 10, 2, (query, rows, othersRunning) =>
      read.push({ query, ids: rows.map((r) => r.id), othersRunning }),
    );
    // Other files share the database on PostgreSQL: their claims may join, never push these out.
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining(stored.ids));
    // On the pg pool the searches went out as two statements; one statement elsewhere.
    expect(read.map((r) => r.othersRunning)).toEqual(runsOnPool(db.prisma) ? [true, false] : [false]);
    expect(read.every((r) => r.query === 0)).toBe(true);
    expect(new Set(read.flatMap((r) => r.ids))).toEqual(new Set(all.map((c) => c.id)));
    expect(Object.keys(all[0] ?? {}).sort()).toEqual(['articleId', 'groupId', 'id', 'sentence', 'text']);
  });
});
