// Pair features over the candidate's claim and title taken together (a tweet's words are often
// split between the two): BM25, IDF coverage and TF-IDF cosine, IDF-weighted shared bigrams and
// names, stem 4-grams, the candidate's length, year agreement, and the shared / missing IDF mass.
import { type PreparedField } from './features.ts';
import { idfOf, type CorpusStats } from './stats.ts';

const YEAR = /^(?:19|20)\d\d$/;

function years(field: PreparedField): string[] {
  return [...field.digits].filter((digits) => YEAR.test(digits));
}

export function combinedFeatures(query: PreparedField, claim: PreparedField, title: PreparedField, stats: CorpusStats): number[] {
  const counts = new Map<string, number>();
  for (const stem of claim.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  for (const stem of title.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const length = claim.stems.length + title.stems.length;
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
  let candidateIdf = 0;
  let candidateNorm = 0;
  let candidateShared = 0;
  let dot = 0;
  for (const stem of counts.keys()) {
    const weight = claim.idf.get(stem) ?? title.idf.get(stem) ?? idfOf(stats, stem);
    candidateIdf += weight;
    candidateNorm += weight * weight;
    if (query.stemSet.has(stem)) {
      candidateShared += weight;
      dot += weight * weight;
    }
  }
  let bigramAll = 0;
  let bigramShared = 0;
  for (const bigram of query.bigrams) {
    const [first = '', second = ''] = bigram.split(' ');
    const weight = Math.min(query.idf.get(first) ?? 0, query.idf.get(second) ?? 0);
    bigramAll += weight;
    if (claim.bigrams.has(bigram) || title.bigrams.has(bigram)) bigramShared += weight;
  }
  let namesAll = 0;
  let namesShared = 0;
  for (const name of query.names) {
    const weight = query.idf.get(name) ?? idfOf(stats, name);
    namesAll += weight;
    if (counts.has(name)) namesShared += weight;
  }
  let candidateGrams = claim.stemGrams.size;
  for (const gram of title.stemGrams) if (!claim.stemGrams.has(gram)) candidateGrams += 1;
  let gramsShared = 0;
  for (const gram of query.stemGrams) if (claim.stemGrams.has(gram) || title.stemGrams.has(gram)) gramsShared += 1;
  const queryYears = years(query);
  const candidateYears = new Set([...years(claim), ...years(title)]);
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
