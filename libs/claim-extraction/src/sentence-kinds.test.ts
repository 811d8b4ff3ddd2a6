import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { extractDocument } from './extract-document';

describe('kinds the product reports (extract --jsonl top level)', () => {
  // The first call loads the language model: slow on a busy machine, so outside the timed tests.
  beforeAll(() => void extractDocument(0, 'Warm up the model.'), 60_000);

  it.each([
    ['The state spent $2 billion on roads.', 'quantity', ['quantity']],
    ['Unemployment is higher than it was in 2010.', 'comparison', ['comparison', 'temporal']],
    ['Crime rose 20 percent last year.', 'comparison', ['comparison', 'temporal', 'quantity']],
    ['The senator said that taxes will go up.', 'quote', ['quote']],
    ['“We will win,” she said on Monday.', 'temporal', ['temporal', 'quote']],
    ['It is the largest park in the country.', 'comparison', ['comparison']],
    ['The weather is nice.', null, []],
  ] as const)('%s → %s %j', (text, kind, kinds) => {
    const out = extractDocument(1, text, { publishedAt: '2024-01-15' });
    expect(out.kind).toBe(kind);
    expect(out.kinds).toEqual(kinds);
  });

  it('gives a claim the temporal kind whenever it has a time scope', () => {
    const text = 'The city hired 1,200 teachers in 2023. Sales fell 3 percent last month. He met them twice this year.';
    const claims = extractClaims(text, { publishedAt: '2024-01-15' });
    expect(claims.length).toBe(3);
    for (const c of claims) {
      expect(c.timeStart).not.toBeNull();
      expect(c.kinds).toContain('temporal');
    }
  });
});
