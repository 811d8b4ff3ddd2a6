import { describe, expect, it } from 'vitest';
import { planCandidates, type CandidatePlan } from './match-candidate-repository';
import { claimSearchText, hasCapped, PAIR_SEARCHES, SCORED_SLOTS, searchRow, searchStatement } from './match-search-sql';

const slot = (query: string, weight: number) => ({ query, docs: 1, weight, lexemes: [] });

describe('searchRow', () => {
  const plan: CandidatePlan = {
    anchors: [`'netanyahu'`, `'putin' & ('russian' | 'israel')`, `'russian' & 'israel'`, `'rural' & 'area'`],
    slots: [slot(`'netanyahu'`, 9), slot(`'putin'`, 7), slot(`'russian'`, 5)],
    capped: [`'rural' & 'area'`],
    pairTerms: {
      [`'putin' & ('russian' | 'israel')`]: `'putin~russian' | 'israel~putin'`,
      [`'russian' & 'israel'`]: `'israel~russian'`,
      [`'rural' & 'area'`]: `'area~rural'`,
    },
  };

  it('joins the open searches into one tsquery per index and keeps the capped ones apart', () => {
    const row = searchRow(plan, 3, 'article-1', true);
    expect(row).toMatchObject({
      n: 3,
      ex: 'article-1',
      stems: `('netanyahu')`,
      pairs: `('putin~russian' | 'israel~putin') | ('israel~russian')`,
      cstems: null,
      cpairs: `('area~rural')`,
      s1: `'netanyahu'`,
      w1: 9,
      s3: `'russian'`,
      w3: 5,
    });
    expect(row).not.toHaveProperty('s4');
    expect(hasCapped(row)).toBe(true);
  });

  it('searches pairs by their stems, each in its own scan, in a table without pair terms (fact-checks)', () => {
    const row = searchRow(plan, 0, '', false);
    expect(row).toMatchObject({
      stems: `('netanyahu')`,
      p1: `'putin' & ('russian' | 'israel')`,
      p2: `'russian' & 'israel'`,
      pairs: null,
      cstems: `('rural' & 'area')`,
    });
    expect(row).not.toHaveProperty('p3');
    // More pair searches than columns: the last column takes the rest.
    const many = Array.from({ length: PAIR_SEARCHES + 2 }, (_, i) => `'x${i}' & 'y'`);
    const wide = searchRow(
      { ...plan, anchors: many, capped: [], pairTerms: Object.fromEntries(many.map((a) => [a, 'z'])) },
      0,
      '',
      false,
    );
    expect(wide[`p${PAIR_SEARCHES}`]).toBe(
      many
        .slice(PAIR_SEARCHES - 1)
        .map((a) => `(${a})`)
        .join(' | '),
    );
  });

  it('scores by at most SCORED_SLOTS stems, the rarest (a small corpus plans every stem)', () => {
    const words = Array.from({ length: SCORED_SLOTS + 5 }, (_, i) => ({ term: `w${i}`, docs: i + 1, alternatives: [] }));
    const small = planCandidates({ total: 100, terms: words });
    expect(small?.anchors).toHaveLength(SCORED_SLOTS + 5);
    const row = searchRow(small as CandidatePlan, 0, '', true);
    expect(row[`s${SCORED_SLOTS}`]).toBe(`'w${SCORED_SLOTS - 1}'`);
    expect(row).not.toHaveProperty(`s${SCORED_SLOTS + 1}`);
  });
});

describe('searchStatement', () => {
  it('has one text whatever the plans (the server plans it once per connection) and passes rows as JSON', () => {
    const a = searchRow({ anchors: [`'a'`], slots: [slot(`'a'`, 1)], capped: [], pairTerms: {} }, 0, '', true);
    const b = searchRow(
      { anchors: [`'b'`, `'c' & 'd'`], slots: [slot(`'b'`, 2), slot(`'c'`, 1)], capped: [`'c' & 'd'`], pairTerms: {} },
      1,
      'x',
      true,
    );
    const text = claimSearchText(1000, 30);
    const one = searchStatement(text, [a]);
    const two = searchStatement(text, [a, b]);
    expect(two.text).toBe(one.text);
    expect(two.values.map((v) => JSON.parse(String(v)))).toEqual([[a], [b]]);
    expect(one.values).toEqual([JSON.stringify([a]), '[]']);
    expect(text).toContain('LIMIT 30');
    expect(text).toContain('LIMIT 1000');
  });
});
