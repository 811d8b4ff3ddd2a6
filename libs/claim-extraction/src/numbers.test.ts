import { describe, expect, it } from 'vitest';
import { parseNumberPhrase } from './numbers';

const cases: Array<[string, number, Partial<{ isOrdinal: boolean; isMultiple: boolean; unit: string | null }>?]> = [
  ['a million', 1_000_000],
  ['two million', 2_000_000],
  ['one', 1],
  ['twenty-five', 25],
  ['two hundred thousand', 200_000],
  ['three hundred and twelve', 312],
  ['a dozen', 12],
  ['1,200', 1200],
  ['3.5 million', 3_500_000],
  ['$4bn', 4e9, { unit: 'USD' }],
  ['€12 million', 12e6, { unit: 'EUR' }],
  ['£300', 300, { unit: 'GBP' }],
  ['25 percent', 0.25, { unit: 'percent' }],
  ['12.5%', 0.125, { unit: 'percent' }],
  ['40 per cent', 0.4, { unit: 'percent' }],
  ['sixth', 6, { isOrdinal: true }],
  ['67th', 67, { isOrdinal: true }],
  ['25th', 25, { isOrdinal: true }],
  ['first', 1, { isOrdinal: true }],
  ['twenty-first', 21, { isOrdinal: true }],
  ['1st', 1, { isOrdinal: true }],
  ['twice', 2, { isMultiple: true }],
  ['thrice', 3, { isMultiple: true }],
  ['10k', 10_000],
  ['14m', 14e6],
  ['2.3mn', 2.3e6],
  ['1.5 mln', 1.5e6],
  ['3 bln', 3e9],
  ['4.2Gt', 4.2e9, { unit: 'tonne' }],
  ['11.4 gigatonnes', 11.4e9, { unit: 'tonne' }],
  ['3.5MtCO2', 3.5e6, { unit: 'tonne' }],
  ['300 terawatt hours', 3e14, { unit: 'Wh' }],
  ['5 gigawatts', 5e9, { unit: 'W' }],
  ['7 billion', 7e9],
  // Rules 0.7.9
  ['2½', 2.5],
  ['½', 0.5],
  ['1¾ per cent', 0.0175, { unit: 'percent' }],
  ['45 crore', 4.5e8],
  ['3 lakh', 3e5],
  ['$2.5B', 2.5e9, { unit: 'USD' }],
  ['a million and a half', 1.5e6],
  ['two-and-a-half million', 2.5e6],
];

describe('parseNumberPhrase', () => {
  it.each(cases)('%s → %d', (phrase, value, extra) => {
    const parsed = parseNumberPhrase(phrase);
    expect(parsed).not.toBeNull();
    expect(parsed?.value).toBeCloseTo(value, 9);
    for (const [key, expected] of Object.entries(extra ?? {})) {
      expect(parsed?.[key as keyof typeof parsed]).toBe(expected);
    }
  });

  it.each([
    ['4.1%', 0.041],
    ['0.7 percent', 0.007],
    ['33.3%', 0.333],
  ])('%s is exactly %d, with no binary rounding left over', (phrase, value) => {
    expect(parseNumberPhrase(phrase)?.value).toBe(value);
  });

  it.each([
    ['two and a half', 2.5],
    ['two and a half million', 2_500_000],
    ['a twenty-five', 25],
    ['a third', 3],
  ])('%s → %d', (phrase, value) => {
    expect(parseNumberPhrase(phrase)?.value).toBe(value);
  });

  it.each(['', 'many', 'million dollars man', 'seventh heaven'])('rejects %j', (phrase) => {
    expect(parseNumberPhrase(phrase)).toBeNull();
  });
});
