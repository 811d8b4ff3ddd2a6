import { NUMBER_ORDINALS, NUMBER_SCALES, NUMBER_UNITS } from '@claimledger/domain';

// Numbers a claim states, as plain values, so that "sixth" and "6th" compare equal.
// Cardinals without the article ("a", "an"), which states no number here.
const WORDS = new Map<string, number>(
  Object.entries({ ...NUMBER_UNITS, ...NUMBER_ORDINALS, ...NUMBER_SCALES }).filter(
    ([word]) => word !== 'a' && word !== 'an' && /^[a-z]+$/.test(word),
  ),
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Digits (with a scale word after them) or a whole number word: other words are never looked at.
const NUMBER = new RegExp(
  `(\\d[\\d,]*(?:\\.\\d+)?)(?:st|nd|rd|th)?\\s*(thousand|million|billion|trillion)?|\\b(${[...WORDS.keys()].join('|')})\\b`,
  'gi',
);

export function statedNumbers(text: string): number[] {
  const found: number[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const [, digits, scale, word] = match;
    if (digits) {
      const value = Number(digits.replace(/,/g, ''));
      if (Number.isFinite(value)) found.push(value * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1));
    } else if (word) {
      const lower = word.toLowerCase();
      const value = WORDS.get(lower) ?? 0;
      const last = found.length > 0 && SCALE[lower] ? found.pop() : undefined;
      found.push(last !== undefined && last < 1000 ? last * value : value);
    }
  }
  return found;
}

/** True when both texts state numbers and they differ. */
export function hasValueChange(a: string, b: string): boolean {
  return numbersDiffer(statedNumbers(a), statedNumbers(b));
}

/** hasValueChange on numbers already read with statedNumbers. */
export function numbersDiffer(left: number[], right: number[]): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const rightSet = new Set(right);
  return !left.every((value) => rightSet.has(value)) || left.length !== right.length;
}
