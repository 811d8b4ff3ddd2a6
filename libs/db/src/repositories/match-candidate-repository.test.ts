import { describe, expect, it } from 'vitest';
import { planCandidates, splitPlan, type CandidatePlan, type QueryTerms } from './match-candidate-repository';

const terms = (total: number, list: Array<[string, number, string[]?]>): QueryTerms => ({
  total,
  terms: list.map(([term, docs, alts]) => ({ term, docs, alternatives: (alts ?? []).map((a) => ({ term: a, docs: 10 })) })),
});

describe('planCandidates', () => {
  it('searches every stem in a small corpus', () => {
    const plan = planCandidates(
      terms(500, [
        ['council', 40],
        ['librari', 3],
        ['close', 90],
      ]),
    );
    expect(plan?.anchors).toEqual([`'librari'`, `'council'`, `'close'`]);
    expect(plan?.slots.map((s) => s.query)).toEqual([`'librari'`, `'council'`, `'close'`]);
  });

  it('at a million texts searches the rarest stems alone and the next ones only in pairs', () => {
    const plan = planCandidates(
      terms(1_000_000, [
        ['govern', 60_000],
        ['million', 40_000],
        ['netanyahu', 40],
        ['putin', 700],
        ['russian', 3_000],
        ['israel', 9_000],
        ['said', 300_000],
        ['centerforbiodiv', 0],
      ]),
    );
    // All are scored; the stem no text has is searched (it costs nothing), the very rare one
    // alone, the next ones in pairs; stems in over 2% of the texts are not searched.
    expect(plan?.slots.map((s) => s.query)).toEqual([
      `'centerforbiodiv'`,
      `'netanyahu'`,
      `'putin'`,
      `'russian'`,
      `'israel'`,
      `'million'`,
      `'govern'`,
      `'said'`,
    ]);
    expect(plan?.anchors).toEqual([
      `'centerforbiodiv'`,
      `'netanyahu'`,
      `'putin' & ('russian' | 'israel')`,
      `'russian' & 'israel'`,
    ]);
    // Claims are searched for the pairs as pair terms (each pair in byte order, as "pairTsv" has them).
    expect(plan?.pairTerms).toEqual({
      [`'putin' & ('russian' | 'israel')`]: `'putin~russian' | 'israel~putin'`,
      [`'russian' & 'israel'`]: `'israel~russian'`,
    });
    const weight = (q: string) => plan?.slots.find((s) => s.query === q)?.weight ?? 0;
    expect(weight(`'netanyahu'`)).toBeGreaterThan(weight(`'russian'`));
    expect(weight(`'russian'`)).toBeGreaterThan(weight(`'govern'`));
  });

  it('searches a misspelt word as the known stems it is closest to', () => {
    const plan = planCandidates(
      terms(1_000_000, [
        ['councl', 0, ['council']],
        ['budget', 9_000],
      ]),
    );
    expect(plan?.slots[0]?.query).toBe(`('councl' | 'council')`);
    expect(plan?.anchors).toContain(`('councl' | 'council')`);
  });

  it('keeps the two rarest stems when every stem is common, and has no plan for a text without stems', () => {
    const plan = planCandidates(
      terms(1_000_000, [
        ['said', 300_000],
        ['year', 200_000],
        ['peopl', 250_000],
      ]),
    );
    expect(plan?.anchors).toEqual([`'year' & 'peopl'`]);
    expect(planCandidates(terms(1_000_000, []))).toBeNull();
  });

  it('caps the pairs of common stems, which may go together in tens of thousands of texts', () => {
    const plan = planCandidates(
      terms(1_000_000, [
        ['rural', 8_000],
        ['area', 9_000],
        ['nurs', 3_000],
      ]),
    );
    expect(plan?.anchors).toEqual([`'nurs' & ('rural' | 'area')`, `'rural' & 'area'`]);
    expect(plan?.capped).toEqual([`'rural' & 'area'`]);
  });

  it('quotes a stem so it cannot change the query', () => {
    const plan = planCandidates(terms(10, [["o'neil", 1]]));
    expect(plan?.anchors).toEqual([`'o''neil'`]);
  });
});

describe('splitPlan', () => {
  const slots = [
    { query: `'a'`, docs: 5, weight: 9, lexemes: ['a'] },
    { query: `'b'`, docs: 9_000, weight: 4, lexemes: ['b'] },
  ];
  const pairTerms = { [`'x' & 'y'`]: `'x~y'` };
  const plan: CandidatePlan = {
    anchors: [`'a'`, `'b' & 'c'`, `'b' & 'd'`, `'c' & 'd'`, `'x' & 'y'`],
    slots,
    capped: [`'x' & 'y'`],
    pairTerms,
  };

  it('shares the searches out, keeps the capped ones together and scores every part by all slots', () => {
    const parts = splitPlan(plan, 2);
    expect(parts).toEqual([
      { anchors: [`'x' & 'y'`, `'b' & 'c'`, `'c' & 'd'`], slots, capped: [`'x' & 'y'`], pairTerms },
      { anchors: [`'a'`, `'b' & 'd'`], slots, capped: [], pairTerms },
    ]);
    expect(parts.flatMap((p) => p.anchors).sort()).toEqual([...plan.anchors].sort());
  });

  it('leaves a plan whole when there is nothing to share', () => {
    expect(splitPlan(plan, 1)).toEqual([plan]);
    const one: CandidatePlan = { anchors: [`'a'`], slots, capped: [], pairTerms: {} };
    expect(splitPlan(one, 2)).toEqual([one]);
    const two: CandidatePlan = { anchors: [`'a'`, `'b'`], slots, capped: [], pairTerms: {} };
    expect(splitPlan(two, 3)).toEqual([
      { anchors: [`'a'`], slots, capped: [], pairTerms: {} },
      { anchors: [`'b'`], slots, capped: [], pairTerms: {} },
    ]);
  });
});
