// Pair features for the reranker: lexical overlap weighted by corpus IDF, character trigrams,
// GloVe word-vector similarity (mean vectors and soft word alignment), and exact and soft matches
// weighted by the learned importance of the words (src/term-weights.ts).
import { type PreparedCandidate } from './candidate.ts';
import { combinedFeatures } from './combined-features.ts';
import { characterGrams, gramJaccard, type GramSet } from './grams.ts';
import { idfOf, type CorpusStats } from './stats.ts';
import { TERM_FEATURE_NAMES, termFeatures, type AlignmentBests, type WeightedTerms } from './term-weights.ts';
import { analyseText } from './text.ts';
import { DIMENSIONS, type WordVectors } from './vectors.ts';

export interface PreparedField {
  /** Content words in order (see analyseText), and their stems. */
  words: string[];
  stems: string[];
  stemSet: Set<string>;
  /** How often each stem occurs. */
  counts: Map<string, number>;
  bigrams: Set<string>;
  names: Set<string>;
  digits: Set<string>;
  /** IDF of each unique stem. */
  idf: Map<string, number>;
  idfSum: number;
  /** Rows of the word vectors of unique words (with their IDF), for soft alignment. */
  rows: Int32Array;
  /** All word vectors (rows × DIMENSIONS), shared by every text: the alignment reads `rows` of it. */
  vectorData: Float32Array;
  rowIdf: Float32Array;
  rowIdfSum: number;
  /** Index in `rows` of the first word of each stem that has a vector. */
  stemRow: Map<string, number>;
  /** IDF-weighted mean of the word vectors, unit length (zeros when no word has a vector). */
  mean: Float32Array;
  trigrams: GramSet;
  /** Character 4-grams of the stems joined by spaces (spelling variants, compounds). */
  stemGrams: GramSet;
}

export const FEATURE_NAMES = [
  'claim_bm25',
  'claim_cover',
  'claim_query_cover',
  'claim_mean_cos',
  'claim_align_recall',
  'claim_align_precision',
  'claim_trigram',
  'title_bm25',
  'title_cover',
  'title_query_cover',
  'title_mean_cos',
  'title_align_recall',
  'title_align_precision',
  'title_trigram',
  'names_shared',
  'names_cover',
  'digits_shared',
  'bigrams_shared',
  'best_cover',
  'best_align',
  'all_bm25',
  'all_query_cover',
  'all_cover',
  'all_tfidf_cos',
  'bigram_cover',
  'bigram_shared_idf',
  'names_idf_cover',
  'names_shared_idf',
  'stem_4gram_cos',
  'candidate_length',
  'years_shared',
  'years_clash',
  'max_shared_idf',
  'missing_idf',
  'shared_idf',
  ...TERM_FEATURE_NAMES,
] as const;

const MAX_ALIGN_WORDS = 40;

export function prepareField(text: string, vectors: WordVectors, stats: CorpusStats): PreparedField {
  const analysed = analyseText(text);
  const idf = new Map<string, number>();
  let idfSum = 0;
  analysed.stems.forEach((stem) => {
    if (idf.has(stem)) return;
    const weight = idfOf(stats, stem);
    idf.set(stem, weight);
    idfSum += weight;
  });
  const seen = new Set<string>();
  const rows: number[] = [];
  const rowIdf: number[] = [];
  const stemRow = new Map<string, number>();
  const mean = new Float32Array(DIMENSIONS);
  analysed.words.forEach((word, index) => {
    if (seen.has(word) || rows.length >= MAX_ALIGN_WORDS) return;
    seen.add(word);
    const row = vectors.row.get(word);
    if (row === undefined) return;
    const stem = analysed.stems[index] ?? word;
    const weight = idf.get(stem) ?? 0;
    if (!stemRow.has(stem)) stemRow.set(stem, rows.length);
    rows.push(row);
    rowIdf.push(weight);
    for (let d = 0; d < DIMENSIONS; d++) mean[d] = (mean[d] ?? 0) + weight * (vectors.data[row * DIMENSIONS + d] ?? 0);
  });
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += (mean[d] ?? 0) ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < DIMENSIONS; d++) mean[d] = (mean[d] ?? 0) / norm;
  const counts = new Map<string, number>();
  for (const stem of analysed.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const bigrams = new Set<string>();
  for (let i = 1; i < analysed.stems.length; i++) bigrams.add(`${analysed.stems[i - 1]} ${analysed.stems[i]}`);
  const trigrams = characterGrams(analysed.flat, 3);
  const stemGrams = characterGrams(` ${analysed.stems.join(' ')} `, 4);
  return {
    words: analysed.words,
    stems: analysed.stems,
    stemSet: new Set(analysed.stems),
    counts,
    bigrams,
    names: analysed.names,
    digits: analysed.digits,
    idf,
    idfSum,
    rows: Int32Array.from(rows),
    vectorData: vectors.data,
    rowIdf: Float32Array.from(rowIdf),
    rowIdfSum: rowIdf.reduce((sum, value) => sum + value, 0),
    stemRow,
    mean,
    trigrams,
    stemGrams,
  };
}

function bm25(query: PreparedField, field: PreparedField, averageLength: number): number {
  const counts = field.counts;
  const norm = 1.2 * (0.25 + (0.75 * field.stems.length) / averageLength);
  let score = 0;
  for (const [stem, weight] of query.idf) {
    const tf = counts.get(stem);
    if (tf) score += (weight * tf * 2.2) / (tf + norm);
  }
  return score;
}

function cover(from: PreparedField, into: PreparedField): number {
  if (from.idfSum === 0) return 0;
  let shared = 0;
  for (const [stem, weight] of from.idf) if (into.stemSet.has(stem)) shared += weight;
  return shared / from.idfSum;
}

/** A candidate word's cosines with each query word, kept by its vector row while one query is ranked. */
export type QueryDots = Map<number, Float64Array>;

/** The dot product of two rows of DIMENSIONS values (added up in order, four at a time). */
function dotAt(left: Float32Array, x: number, right: Float32Array, y: number): number {
  let dot = 0;
  for (let d = 0; d < DIMENSIONS; d += 4) {
    dot += (left[x + d] as number) * (right[y + d] as number);
    dot += (left[x + d + 1] as number) * (right[y + d + 1] as number);
    dot += (left[x + d + 2] as number) * (right[y + d + 2] as number);
    dot += (left[x + d + 3] as number) * (right[y + d + 3] as number);
  }
  return dot;
}

/** The cosines of row `i` of `a` with every row of `b`, from `dots` when that word was seen before. */
function rowDots(a: PreparedField, i: number, b: PreparedField, dots: QueryDots | undefined): Float64Array {
  const row = a.rows[i] as number;
  const known = dots?.get(row);
  if (known) return known;
  const fresh = new Float64Array(b.rows.length);
  for (let j = 0; j < fresh.length; j++)
    fresh[j] = dotAt(a.vectorData, row * DIMENSIONS, b.vectorData, (b.rows[j] as number) * DIMENSIONS);
  dots?.set(row, fresh);
  return fresh;
}

/**
 * Soft word alignment both ways from one cosine matrix: for each word of `a` its best cosine with
 * a word of `b` (IDF-weighted mean), and the same from `b` to `a`; with the best cosines themselves.
 * `dots`: cosines with `b` (the query) kept across the candidates of one query.
 */
function align(a: PreparedField, b: PreparedField, dots?: QueryDots) {
  const rows = a.rows.length;
  const cols = b.rows.length;
  const bestOfRow = new Float32Array(rows);
  const bestOfCol = new Float32Array(cols);
  if (rows === 0 || cols === 0) return { fromA: 0, fromB: 0, bestOfRow, bestOfCol };
  let fromA = 0;
  for (let i = 0; i < rows; i++) {
    const cosines = rowDots(a, i, b, dots);
    let best = 0;
    for (let j = 0; j < cols; j++) {
      const dot = cosines[j] as number;
      if (dot > best) best = dot;
      if (dot > (bestOfCol[j] as number)) bestOfCol[j] = dot;
    }
    bestOfRow[i] = best;
    fromA += (a.rowIdf[i] as number) * best;
  }
  let fromB = 0;
  for (let j = 0; j < cols; j++) fromB += (b.rowIdf[j] as number) * (bestOfCol[j] as number);
  return {
    fromA: a.rowIdfSum > 0 ? fromA / a.rowIdfSum : 0,
    fromB: b.rowIdfSum > 0 ? fromB / b.rowIdfSum : 0,
    bestOfRow,
    bestOfCol,
  };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < DIMENSIONS; d++) dot += (a[d] ?? 0) * (b[d] ?? 0);
  return dot;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared;
}

function fieldFeatures(query: PreparedField, field: PreparedField, averageLength: number, dots?: QueryDots) {
  const alignment = align(field, query, dots);
  const features = [
    bm25(query, field, averageLength),
    cover(field, query),
    cover(query, field),
    cosine(query.mean, field.mean),
    alignment.fromA,
    alignment.fromB,
    gramJaccard(query.trigrams, field.trigrams),
  ];
  return { features, fieldToQuery: alignment.bestOfRow, queryToField: alignment.bestOfCol };
}

/** The weighted terms of the query and of the candidate (claim and title), for the term features. */
export interface PairTerms {
  query: WeightedTerms;
  candidate: WeightedTerms;
}

/** The features that do not depend on the term models, and the alignment's best cosines for them. */
export function pairBase(
  query: PreparedField,
  candidate: PreparedCandidate,
  stats: CorpusStats,
  dots?: QueryDots,
): { base: number[]; bests: AlignmentBests } {
  const { claim, title } = candidate;
  const claimSide = fieldFeatures(query, claim, stats.averageClaimLength, dots);
  const titleSide = fieldFeatures(query, title, stats.averageTitleLength, dots);
  const claimPart = claimSide.features;
  const titlePart = titleSide.features;
  const candidateNames = candidate.names;
  const namesShared = countShared(query.names, candidate.stems);
  const namesCover = candidateNames.size === 0 ? 0 : countShared(candidateNames, query.stemSet) / candidateNames.size;
  const digitsShared = countShared(query.digits, candidate.digits);
  const bigramsShared = countShared(query.bigrams, candidate.bigrams);
  const base = [
    ...claimPart,
    ...titlePart,
    Math.log1p(namesShared),
    namesCover,
    Math.log1p(digitsShared),
    Math.log1p(bigramsShared),
    Math.max(claimPart[1] ?? 0, titlePart[1] ?? 0),
    Math.max(claimPart[4] ?? 0, titlePart[4] ?? 0),
    ...combinedFeatures(query, candidate, stats),
  ];
  const bests = {
    queryToClaim: claimSide.queryToField,
    queryToTitle: titleSide.queryToField,
    claimToQuery: claimSide.fieldToQuery,
    titleToQuery: titleSide.fieldToQuery,
  };
  return { base, bests };
}

export function pairFeatures(
  query: PreparedField,
  candidate: PreparedCandidate,
  stats: CorpusStats,
  terms: PairTerms,
  dots?: QueryDots,
): number[] {
  const { base, bests } = pairBase(query, candidate, stats, dots);
  return [...base, ...termFeatures(terms.query, terms.candidate, query, candidate, bests, stats)];
}
