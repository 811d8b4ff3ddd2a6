import { describe, expect, it } from 'vitest';
import { characterGrams, gramJaccard, gramsOf, sharedGrams, sharedGramsEither } from './grams.ts';

const distinct = (text: string, n: number) =>
  new Set(Array.from({ length: Math.max(0, text.length - n + 1) }, (_, i) => text.slice(i, i + n)));
const sharedText = (a: Set<string>, b: Set<string>) => [...a].filter((g) => b.has(g)).length;

const TEXTS = ['the cat sat on the mat', 'Zürich café über naïve', 'año año 2020', 'ab', '', 'müller says the rate rose'];

describe('characterGrams', () => {
  it('has one key per distinct gram, ASCII or not, and equal grams share a key', () => {
    for (const text of TEXTS) {
      for (const n of [3, 4]) expect(characterGrams(text, n).size).toBe(distinct(text, n).size);
    }
    for (const a of TEXTS)
      for (const b of TEXTS) {
        const shared = sharedText(distinct(a, 3), distinct(b, 3));
        expect(sharedGrams(characterGrams(a, 3), characterGrams(b, 3))).toBe(shared);
        const all = distinct(a, 3).size + distinct(b, 3).size - shared;
        expect(gramJaccard(characterGrams(a, 3), characterGrams(b, 3))).toBe(a.length < 3 || b.length < 3 ? 0 : shared / all);
      }
  });

  it('counts the grams of one text found in either of two others', () => {
    for (const q of TEXTS)
      for (const a of TEXTS)
        for (const b of TEXTS) {
          const either = new Set([...distinct(a, 4), ...distinct(b, 4)]);
          const expected = [...distinct(q, 4)].filter((g) => either.has(g)).length;
          expect(sharedGramsEither(characterGrams(q, 4), characterGrams(a, 4), characterGrams(b, 4))).toBe(expected);
        }
  });

  it('keeps ASCII grams as small integers in order, others as strings', () => {
    expect(gramsOf(characterGrams('rate', 4))).toEqual([((114 * 128 + 97) * 128 + 116) * 128 + 101]);
    expect(gramsOf(characterGrams('año', 3))).toEqual(['año']);
    const keys = [...characterGrams('the cat sat on the mat', 3).keys];
    expect(keys).toEqual([...new Set(keys)].sort((x, y) => x - y));
  });
});
