import { NUMBER_ORDINALS, NUMBER_SCALES, NUMBER_UNITS } from '@claimledger/domain';

// Numbers a claim states, as plain values, so that "sixth" and "6th" compare equal.
// Cardinals without the article ("a", "an"), which states no number here.
const WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(NUMBER_UNITS).filter(([word]) => word !== 'a' && word !== 'an')),
  ...NUMBER_ORDINALS,
  ...NUMBER_SCALES,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const NUMBER = /(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?\s*(thousand|million|billion|trillion)?|\b([a-z]+)\b/gi;

export function statedNumbers(text: string): number[] {
  const found: number[] = [];
  for (const match of text.toLowerCase().matchAll(NUMBER)) {
    const [, digits, scale, word] = match;
    if (digits) {
      const value = Number(digits.replace(/,/g, ''));
      if (Number.isFinite(value)) found.push(value * (scale ? (SCALE[scale] ?? 1) : 1));
    } else if (word && word in WORDS) {
      const value = WORDS[word] ?? 0;
      const last = found.length > 0 && SCALE[word] ? found.pop() : undefined;
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
