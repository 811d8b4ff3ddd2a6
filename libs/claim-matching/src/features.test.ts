import { describe, expect, it } from 'vitest';
import { characterGrams } from './features.ts';

const distinct = (text: string, n: number) =>
  new Set(Array.from({ length: Math.max(0, text.length - n + 1) }, (_, i) => text.slice(i, i + n)));

describe('characterGrams', () => {
  it('has one key per distinct gram, ASCII or not, and equal grams share a key', () => {
    for (const text of ['the cat sat on the mat', 'Zürich café über naïve', 'año año 2020', 'ab']) {
      for (const n of [3, 4]) expect(characterGrams(text, n).size).toBe(distinct(text, n).size);
    }
    const a = characterGrams('müller says the rate rose', 3);
    const b = characterGrams('the rate rose, müller said', 3);
    const shared = [...a].filter((g) => b.has(g)).length;
    const sharedText = [...distinct('müller says the rate rose', 3)].filter((g) =>
      distinct('the rate rose, müller said', 3).has(g),
    ).length;
    expect(shared).toBe(sharedText);
  });

  it('keeps ASCII grams as small integers, others as strings', () => {
    expect([...characterGrams('rate', 4)]).toEqual([((114 * 128 + 97) * 128 + 116) * 128 + 101]);
    expect([...characterGrams('año', 3)]).toEqual(['año']);
  });
});
