// Numbers a claim states, as plain values, so that "sixth" and "6th" compare equal.
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
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
  const left = statedNumbers(a);
  const right = statedNumbers(b);
  if (left.length === 0 || right.length === 0) return false;
  const rightSet = new Set(right);
  return !left.every((value) => rightSet.has(value)) || left.length !== right.length;
}
