// Learned term importance: how likely a word of a tweet is to appear in the claim it states, and
// how likely a word of a claim is to appear in a tweet stating it. Two small networks (one hidden
// layer of tanh units) read a word's IDF, its kind (name, number, hashtag or handle, the embedded
// tweet's author line), its place and count in the text, and its GloVe vector (a candidate's
// digits are left out: its numbers are the number rules' business); they are fitted on
// the training queries (training/term-model.ts) and stored in model/reranker.json. The pair
// features then weight exact and soft (word-vector) matches by these probabilities instead of IDF.
import { z } from 'zod';
import type { PreparedCandidate } from './candidate.ts';
import type { PreparedField } from './features.ts';
import { idfOf, type CorpusStats } from './stats.ts';
import { analyseText } from './text.ts';
import { DIMENSIONS, type WordVectors } from './vectors.ts';

export const ZTermModel = z.object({
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  /** Hidden units × inputs, row by row. */
  hidden: z.array(z.array(z.number())),
  hiddenBias: z.array(z.number()),
  output: z.array(z.number()),
  outputBias: z.number(),
});
export type TermModel = z.infer<typeof ZTermModel>;

/** The unique stems of a text (or of a claim and its title) with their importance. */
export interface WeightedTerms {
  stems: string[];
  idf: Float64Array;
  weights: Float64Array;
  /** Where each stem is in the other side's alignment rows: claim and title for a candidate. */
  rowA: Int32Array;
  rowB: Int32Array;
}

/**
 * A candidate's numbers written in digits are left out of its terms: numbers are compared by the
 * number rules (src/numbers.ts), and its "5th" against a tweet's "fifth" must not count as a
 * missing word (a tweet's digits stay: a tweet's number found in the candidate is a match).
 */
const DIGITS = /^\d+$/;

/** The embedded-tweet trailer "— Name (@handle) Month D, YYYY". */
const TRAILER = /[—–]\s*[^—–]*\(@\w+\)\s*\w+\s+\d{1,2},\s+\d{4}\s*$/;

/** A term's model inputs: a few numbers about it, then the word vector of `row` (zeros without one). */
export interface TermInput {
  stem: string;
  idf: number;
  scalars: number[];
  row: number | undefined;
}

/** The full input row (scalars, then the vector), as the model is fitted on. */
export function termInputVector(term: TermInput, vectors: WordVectors): number[] {
  const inputs = [...term.scalars];
  for (let d = 0; d < DIMENSIONS; d++) inputs.push(term.row === undefined ? 0 : (vectors.data[term.row * DIMENSIONS + d] ?? 0));
  return inputs;
}

/** The vector row of the first word of each stem that has one. */
function stemVectorRows(words: readonly string[], stems: readonly string[], vectors: WordVectors): Map<string, number> {
  const rows = new Map<string, number>();
  stems.forEach((stem, i) => {
    if (rows.has(stem)) return;
    const row = vectors.row.get(words[i] ?? '');
    if (row !== undefined) rows.set(stem, row);
  });
  return rows;
}

/** Inputs of the query-side model for each unique stem of a tweet (`field` is its prepared form). */
export function queryTermInputs(text: string, field: PreparedField, vectors: WordVectors, stats: CorpusStats): TermInput[] {
  const trailer = TRAILER.exec(text);
  const body = new Set(trailer ? analyseText(text.slice(0, trailer.index)).stems : field.stems);
  const tags = new Set(analyseText([...text.matchAll(/[#@](\w+)/g)].map((match) => match[0]).join(' ')).stems);
  const unique = [...field.idf.keys()];
  const rows = stemVectorRows(field.words, field.stems, vectors);
  const counts = new Map<string, number>();
  for (const stem of field.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const length = Math.max(1, field.stems.length);
  return unique.map((stem) => {
    const idf = idfOf(stats, stem);
    const row = rows.get(stem);
    const scalars = [
      idf,
      (idf * idf) / 10,
      field.names.has(stem) ? 1 : 0,
      body.has(stem) ? 0 : 1,
      tags.has(stem) ? 1 : 0,
      DIGITS.test(stem) ? 1 : 0,
      Math.log1p(counts.get(stem) ?? 0),
      field.stems.indexOf(stem) / length,
      Math.log1p(unique.length),
      stats.df.has(stem) ? 0 : 1,
      row === undefined ? 1 : 0,
      stem.length / 10,
    ];
    return { stem, idf, scalars, row };
  });
}

/** Inputs of the candidate-side model for each unique stem of a claim and its title. */
export function candidateTermInputs(
  claim: PreparedField,
  title: PreparedField,
  vectors: WordVectors,
  stats: CorpusStats,
): TermInput[] {
  const stems = [...claim.stems, ...title.stems];
  const words = [...claim.words, ...title.words];
  const unique = [...new Set(stems)].filter((stem) => !DIGITS.test(stem));
  const rows = stemVectorRows(words, stems, vectors);
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const length = Math.max(1, stems.length);
  return unique.map((stem) => {
    const idf = idfOf(stats, stem);
    const row = rows.get(stem);
    const inClaim = claim.stemSet.has(stem);
    const inTitle = title.stemSet.has(stem);
    const scalars = [
      idf,
      (idf * idf) / 10,
      claim.names.has(stem) || title.names.has(stem) ? 1 : 0,
      inClaim ? 1 : 0,
      inTitle ? 1 : 0,
      inClaim && inTitle ? 1 : 0,
      Math.log1p(counts.get(stem) ?? 0),
      stems.indexOf(stem) / length,
      Math.log1p(unique.length),
      stats.df.has(stem) ? 0 : 1,
      row === undefined ? 1 : 0,
      stem.length / 10,
    ];
    return { stem, idf, scalars, row };
  });
}

export type TermScorer = (term: TermInput) => number;

/**
 * The model's probability for a term. The hidden units' sums over the word vector are kept by
 * vector row (a word's are computed once), so a term costs the few scalar inputs.
 */
export function createTermScorer(model: TermModel, vectors: WordVectors): TermScorer {
  const units = model.hidden.length;
  const width = model.mean.length;
  const scalarCount = width - DIMENSIONS;
  // Standardisation folded into the weights: w·(x - mean)/scale = (w/scale)·x - w·mean/scale.
  const weights = new Float64Array(units * width);
  const bias = new Float64Array(units);
  for (let unit = 0; unit < units; unit++) {
    let shift = model.hiddenBias[unit] ?? 0;
    for (let i = 0; i < width; i++) {
      const w = (model.hidden[unit]?.[i] ?? 0) / (model.scale[i] ?? 1);
      weights[unit * width + i] = w;
      shift -= w * (model.mean[i] ?? 0);
    }
    bias[unit] = shift;
  }
  const byRow = new Map<number, Float64Array>();
  const vectorPart = (row: number | undefined): Float64Array => {
    const key = row ?? -1;
    const known = byRow.get(key);
    if (known) return known;
    const part = Float64Array.from(bias);
    if (row !== undefined) {
      const base = row * DIMENSIONS;
      for (let unit = 0; unit < units; unit++) {
        let sum = 0;
        const offset = unit * width + scalarCount;
        for (let d = 0; d < DIMENSIONS; d++) sum += (weights[offset + d] as number) * (vectors.data[base + d] as number);
        part[unit] = (part[unit] as number) + sum;
      }
    }
    byRow.set(key, part);
    return part;
  };
  return (term) => {
    const part = vectorPart(term.row);
    const scalars = term.scalars;
    let out = model.outputBias;
    for (let unit = 0; unit < units; unit++) {
      let sum = part[unit] as number;
      const offset = unit * width;
      for (let i = 0; i < scalarCount; i++) sum += (weights[offset + i] as number) * (scalars[i] ?? 0);
      out += (model.output[unit] ?? 0) * Math.tanh(sum);
    }
    return 1 / (1 + Math.exp(-out));
  };
}

/** Terms weighted by `score`; rows index the alignment rows of the fields they come from. */
export function weightTerms(
  terms: readonly TermInput[],
  score: TermScorer,
  rowA: ReadonlyMap<string, number>,
  rowB: ReadonlyMap<string, number>,
): WeightedTerms {
  return {
    stems: terms.map((term) => term.stem),
    idf: Float64Array.from(terms, (term) => term.idf),
    weights: Float64Array.from(terms, (term) => score(term)),
    rowA: Int32Array.from(terms, (term) => rowA.get(term.stem) ?? -1),
    rowB: Int32Array.from(terms, (term) => rowB.get(term.stem) ?? -1),
  };
}

/** A tweet's terms weighted by the query-side model. */
export function weightQueryTerms(
  text: string,
  field: PreparedField,
  vectors: WordVectors,
  stats: CorpusStats,
  score: TermScorer,
): WeightedTerms {
  return weightTerms(queryTermInputs(text, field, vectors, stats), score, field.stemRow, new Map());
}

/** A candidate's terms (claim and title) weighted by the candidate-side model. */
export function weightCandidateTerms(
  claim: PreparedField,
  title: PreparedField,
  vectors: WordVectors,
  stats: CorpusStats,
  score: TermScorer,
): WeightedTerms {
  return weightTerms(candidateTermInputs(claim, title, vectors, stats), score, claim.stemRow, title.stemRow);
}

export const TERM_FEATURE_NAMES = [
  'tw_cover',
  'tw_shared',
  'tw_missing',
  'tw_logodds',
  'tw_soft',
  'tw_soft_idf',
  'tw_soft_claim',
  'tw_soft_title',
  'tw_soft_p2',
  'tw_soft_mass',
  'tw_bm25',
  'ctw_cover',
  'ctw_missing',
  'ctw_soft',
] as const;

/** Best cosines from the pair's alignment: per query row against claim and title, per claim and title row against the query. */
export interface AlignmentBests {
  queryToClaim: Float32Array;
  queryToTitle: Float32Array;
  claimToQuery: Float32Array;
  titleToQuery: Float32Array;
}

/**
 * Pair features from the weighted terms: the query's importance mass matched exactly, softly (best
 * cosine with a candidate word, 1 for a shared stem) in claim, title or both, and as BM25; and the
 * candidate's importance mass found in the query, exactly and softly.
 */
export function termFeatures(
  query: WeightedTerms,
  candidate: WeightedTerms,
  queryField: PreparedField,
  { claim, title, counts, length }: PreparedCandidate,
  bests: AlignmentBests,
  stats: CorpusStats,
): number[] {
  const norm = 1.2 * (0.25 + (0.75 * length) / (stats.averageClaimLength + stats.averageTitleLength));
  let all = 0;
  let shared = 0;
  let logOdds = 0;
  let soft = 0;
  let allIdf = 0;
  let softIdf = 0;
  let softClaim = 0;
  let softTitle = 0;
  let soft2 = 0;
  let all2 = 0;
  let bm25 = 0;
  query.stems.forEach((stem, i) => {
    const p = query.weights[i] ?? 0;
    const idf = query.idf[i] ?? 0;
    const row = query.rowA[i] ?? -1;
    const inClaim = claim.stemSet.has(stem);
    const inTitle = title.stemSet.has(stem);
    const claimBest = inClaim ? 1 : row >= 0 ? Math.max(0, bests.queryToClaim[row] ?? 0) : 0;
    const titleBest = inTitle ? 1 : row >= 0 ? Math.max(0, bests.queryToTitle[row] ?? 0) : 0;
    const best = Math.max(claimBest, titleBest);
    all += p;
    all2 += p * p;
    allIdf += p * idf;
    soft += p * best;
    soft2 += p * p * best;
    softIdf += p * idf * best;
    softClaim += p * claimBest;
    softTitle += p * titleBest;
    const tf = counts.get(stem);
    if (tf) {
      shared += p;
      logOdds += Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
      bm25 += (p * idf * tf * 2.2) / (tf + norm);
    }
  });
  let candidateAll = 0;
  let candidateFound = 0;
  let candidateSoft = 0;
  candidate.stems.forEach((stem, i) => {
    const p = candidate.weights[i] ?? 0;
    candidateAll += p;
    if (queryField.stemSet.has(stem)) {
      candidateFound += p;
      candidateSoft += p;
      return;
    }
    const a = candidate.rowA[i] ?? -1;
    const b = candidate.rowB[i] ?? -1;
    const best = Math.max(0, a >= 0 ? (bests.claimToQuery[a] ?? 0) : 0, b >= 0 ? (bests.titleToQuery[b] ?? 0) : 0);
    candidateSoft += p * best;
  });
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  return [
    share(shared, all),
    shared,
    all - shared,
    logOdds,
    share(soft, all),
    share(softIdf, allIdf),
    share(softClaim, all),
    share(softTitle, all),
    share(soft2, all2),
    soft,
    bm25,
    share(candidateFound, candidateAll),
    candidateAll - candidateFound,
    share(candidateSoft, candidateAll),
  ];
}
