// What a candidate's pair features need from its claim and title together, made once per
// candidate rather than once per pair (a stored claim is scored against many queries).
import type { PreparedField } from './features.ts';
import { sharedGrams } from './grams.ts';
import { idfOf, type CorpusStats } from './stats.ts';

export interface PreparedCandidate {
  claim: PreparedField;
  title: PreparedField;
  /** How often each stem occurs in claim and title, claim's stems first. */
  counts: ReadonlyMap<string, number>;
  /** Stems in claim and title together. */
  length: number;
  stems: ReadonlySet<string>;
  names: ReadonlySet<string>;
  digits: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
  years: Set<string>;
  /** Distinct stem 4-grams of claim and title. */
  gramCount: number;
  /** The IDF of each stem of `counts`, in its order, with their sum and sum of squares. */
  idf: Float64Array;
  idfSum: number;
  idfSquares: number;
}

const YEAR = /^(?:19|20)\d\d$/;

export const yearsOf = (field: PreparedField): string[] => [...field.digits].filter((digits) => YEAR.test(digits));

export function prepareCandidate(claim: PreparedField, title: PreparedField, stats: CorpusStats): PreparedCandidate {
  // Without a title (a stored claim) the claim's own maps and sets serve: nothing changes them.
  const untitled = title.stems.length === 0;
  // The claim's counts, then the title's added (keys in first-seen order, claim first).
  const counts = untitled ? claim.counts : new Map(claim.counts);
  if (!untitled) for (const [stem, n] of title.counts) counts.set(stem, (counts.get(stem) ?? 0) + n);
  const idf = new Float64Array(counts.size);
  let idfSum = 0;
  let idfSquares = 0;
  let i = 0;
  for (const stem of counts.keys()) {
    const weight = claim.idf.get(stem) ?? title.idf.get(stem) ?? idfOf(stats, stem);
    idf[i++] = weight;
    idfSum += weight;
    idfSquares += weight * weight;
  }
  const gramCount = claim.stemGrams.size + title.stemGrams.size - sharedGrams(claim.stemGrams, title.stemGrams);
  return {
    claim,
    title,
    counts,
    length: claim.stems.length + title.stems.length,
    stems: untitled ? claim.stemSet : new Set([...claim.stemSet, ...title.stemSet]),
    names: untitled ? claim.names : new Set([...claim.names, ...title.names]),
    digits: untitled ? claim.digits : new Set([...claim.digits, ...title.digits]),
    bigrams: untitled ? claim.bigrams : new Set([...claim.bigrams, ...title.bigrams]),
    years: new Set([...yearsOf(claim), ...yearsOf(title)]),
    gramCount,
    idf,
    idfSum,
    idfSquares,
  };
}
