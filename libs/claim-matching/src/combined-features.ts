// Pair features over the candidate's claim and title taken together (a tweet's words are often
// split between the two): BM25, IDF coverage and TF-IDF cosine, IDF-weighted shared bigrams and
// names, stem 4-grams, the candidate's length, year agreement, and the shared / missing IDF mass.
import { yearsOf, type PreparedCandidate } from './candidate.ts';
import { sharedGramsEither } from './grams.ts';
import { type PreparedField } from './features.ts';
import { idfOf, type CorpusStats } from './stats.ts';

/** What the query side contributes to every pair, made once per query field. */
interface QuerySide {
  bigrams: string[];
  bigramWeights: number[];
  bigramAll: number;
  names: string[];
  nameWeights: number[];
  namesAll: number;
  years: string[];
}

const querySides = new WeakMap<PreparedField, QuerySide>();

function querySide(query: PreparedField, stats: CorpusStats): QuerySide {
  const known = querySides.get(query);
  if (known) return known;
  const bigrams = [...query.bigrams];
  // A bigram weighs as its rarer stem.
  const bigramWeights = bigrams.map((bigram) => {
    const [first = '', second = ''] = bigram.split(' ');
    return Math.min(query.idf.get(first) ?? 0, query.idf.get(second) ?? 0);
  });
  const names = [...query.names];
  const nameWeights = names.map((name) => query.idf.get(name) ?? idfOf(stats, name));
  let bigramAll = 0;
  for (const weight of bigramWeights) bigramAll += weight;
  let namesAll = 0;
  for (const weight of nameWeights) namesAll += weight;
  const side = { bigrams, bigramWeights, bigramAll, names, nameWeights, namesAll, years: yearsOf(query) };
  querySides.set(query, side);
  return side;
}

export function combinedFeatures(query: PreparedField, candidate: PreparedCandidate, stats: CorpusStats): number[] {
  const { counts, length } = candidate;
  const averageLength = stats.averageClaimLength + stats.averageTitleLength;
  const norm = 1.2 * (0.25 + (0.75 * length) / averageLength);
  let bm25 = 0;
  let shared = 0;
  let maxShared = 0;
  let missing = 0;
  let queryNorm = 0;
  for (const [stem, weight] of query.idf) {
    queryNorm += weight * weight;
    const tf = counts.get(stem);
    if (!tf) {
      missing += weight;
      continue;
    }
    bm25 += (weight * tf * 2.2) / (tf + norm);
    shared += weight;
    maxShared = Math.max(maxShared, weight);
  }
  let candidateShared = 0;
  let dot = 0;
  let i = 0;
  for (const stem of counts.keys()) {
    const weight = candidate.idf[i++] as number;
    if (query.stemSet.has(stem)) {
      candidateShared += weight;
      dot += weight * weight;
    }
  }
  const candidateIdf = candidate.idfSum;
  const candidateNorm = candidate.idfSquares;
  const side = querySide(query, stats);
  let bigramShared = 0;
  side.bigrams.forEach((bigram, k) => {
    if (candidate.bigrams.has(bigram)) bigramShared += side.bigramWeights[k] as number;
  });
  const bigramAll = side.bigramAll;
  let namesShared = 0;
  side.names.forEach((name, k) => {
    if (counts.has(name)) namesShared += side.nameWeights[k] as number;
  });
  const namesAll = side.namesAll;
  const candidateGrams = candidate.gramCount;
  const gramsShared = sharedGramsEither(query.stemGrams, candidate.claim.stemGrams, candidate.title.stemGrams);
  const queryYears = side.years;
  const candidateYears = candidate.years;
  const yearsShared = queryYears.filter((year) => candidateYears.has(year)).length;
  return [
    bm25,
    query.idfSum > 0 ? shared / query.idfSum : 0,
    candidateIdf > 0 ? candidateShared / candidateIdf : 0,
    queryNorm > 0 && candidateNorm > 0 ? dot / Math.sqrt(queryNorm * candidateNorm) : 0,
    bigramAll > 0 ? bigramShared / bigramAll : 0,
    bigramShared,
    namesAll > 0 ? namesShared / namesAll : 0,
    namesShared,
    query.stemGrams.size > 0 && candidateGrams > 0 ? gramsShared / Math.sqrt(query.stemGrams.size * candidateGrams) : 0,
    Math.log1p(length),
    yearsShared,
    queryYears.length > 0 && candidateYears.size > 0 && yearsShared === 0 ? 1 : 0,
    maxShared,
    missing,
    shared,
  ];
}
