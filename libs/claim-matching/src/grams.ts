// Character n-grams (n ≤ 4) of a text as a compact set: ASCII grams as sorted small integers (7
// bits a character), any other as strings. A text keeps two such sets for as long as it stays
// prepared; as hash sets they were three quarters of its memory.

export interface GramSet {
  /** Distinct ASCII grams as integers, ascending. */
  keys: Int32Array;
  /** Distinct grams with a character past ASCII. */
  others: ReadonlySet<string>;
  size: number;
}

const NONE: ReadonlySet<string> = new Set();

export function characterGrams(text: string, n: number): GramSet {
  const found: number[] = [];
  let others: Set<string> | undefined;
  for (let i = 0; i + n <= text.length; i++) {
    let key = 0;
    for (let k = 0; k < n && key >= 0; k++) {
      const code = text.charCodeAt(i + k);
      key = code < 128 ? key * 128 + code : -1;
    }
    if (key >= 0) found.push(key);
    else (others ??= new Set()).add(text.slice(i, i + n));
  }
  const sorted = Int32Array.from(found).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i] as number;
  const keys = sorted.slice(0, size);
  return { keys, others: others ?? NONE, size: size + (others?.size ?? 0) };
}

/** Every gram of the set (integers first). */
export function gramsOf(grams: GramSet): Array<number | string> {
  return [...grams.keys, ...grams.others];
}

function sharedOthers(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return shared;
}

/** How many grams the two sets share. */
export function sharedGrams(a: GramSet, b: GramSet): number {
  const x = a.keys;
  const y = b.keys;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const left = x[i] as number;
    const right = y[j] as number;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared + sharedOthers(a.others, b.others);
}

/** How many grams of `query` are in `a` or in `b`. */
export function sharedGramsEither(query: GramSet, a: GramSet, b: GramSet): number {
  if (b.size === 0) return sharedGrams(query, a);
  const x = a.keys;
  const y = b.keys;
  let shared = 0;
  let i = 0;
  let j = 0;
  for (const key of query.keys) {
    while (i < x.length && (x[i] as number) < key) i += 1;
    while (j < y.length && (y[j] as number) < key) j += 1;
    if (x[i] === key || y[j] === key) shared += 1;
  }
  for (const gram of query.others) if (a.others.has(gram) || b.others.has(gram)) shared += 1;
  return shared;
}

/** Shared grams over all distinct grams of both (0 when either is empty). */
export function gramJaccard(a: GramSet, b: GramSet): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = sharedGrams(a, b);
  return shared / (a.size + b.size - shared);
}
