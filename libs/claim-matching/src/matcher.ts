import { numbersDiffer, statedNumbers } from './numbers.ts';
import { prepareCandidate, type PreparedCandidate } from './candidate.ts';
import { pairFeatures, prepareField, type PreparedField, type QueryDots } from './features.ts';
import { RERANKER_MODEL, calibrate, rawScore, type RerankerModel } from './model.ts';
import { SHIPPED_CORPUS_STATS, type CorpusStats } from './stats.ts';
import { createTermScorer, weightCandidateTerms, weightQueryTerms, type WeightedTerms } from './term-weights.ts';
import { type MatchText, type RankedMatch } from './types.ts';
import { loadWordVectors, type WordVectors } from './vectors.ts';

export interface Matcher {
  readonly version: string;
  /** Scores every candidate against the query, best first; `limit` keeps the top ones. */
  rank(query: MatchText, candidates: readonly MatchText[], limit?: number): RankedMatch[];
  /**
   * Prepares texts that `rank` will read soon (kept as texts seen lately): a caller waiting for
   * the rest of its candidates does this work in the meantime.
   */
  prepare(queries: readonly string[], candidates: readonly MatchText[]): void;
  /** The feature vector of one pair (training and tests). */
  features(query: MatchText, candidate: MatchText): number[];
}

export interface MatcherOptions {
  model?: RerankerModel;
  /** Already loaded vectors (share one set between matchers); loaded from the package otherwise. */
  vectors?: WordVectors;
  /** Document frequencies of the claims being matched; those of the training corpus otherwise. */
  stats?: CorpusStats;
}

/** A text as the matcher reads it: its analysed field and the numbers it states. */
interface PreparedText {
  field: PreparedField;
  numbers: number[];
  /** Its words weighted by the query-side term model, once it has been a query. */
  queryTerms?: WeightedTerms;
}

/** A candidate as the pair features read it, with its weighted terms and the numbers its claim states. */
interface ReadyCandidate {
  prepared: PreparedCandidate;
  terms: WeightedTerms;
  numbers: number[];
}

/** Texts prepared lately, kept by text: stored claims come back as candidates of many queries. */
const PREPARED_TEXTS = 4_096;

/** The value kept under `key`, made on a miss; the least recently used goes past PREPARED_TEXTS. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  // Most recently used last, so the oldest is the first key.
  if (known !== undefined) cache.delete(key);
  const value = known ?? make();
  cache.set(key, value);
  if (cache.size > PREPARED_TEXTS) cache.delete(cache.keys().next().value as string);
  return value;
}

/** Loads the word vectors once and returns a matcher; texts seen again are prepared once. */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const model = options.model ?? RERANKER_MODEL;
  const vectors = options.vectors ?? loadWordVectors(model.maxVectorWords);
  const stats = options.stats ?? SHIPPED_CORPUS_STATS;
  const prepared = new Map<string, PreparedText>();
  const ready = new Map<string, ReadyCandidate>();
  const queryScorer = createTermScorer(model.termModels.query, vectors);
  const candidateScorer = createTermScorer(model.termModels.candidate, vectors);

  const prepare = (text: string): PreparedText =>
    cached(prepared, text, () => ({ field: prepareField(text, vectors, stats), numbers: statedNumbers(text) }));

  const queryTermsOf = (text: string, field: PreparedText): WeightedTerms => {
    field.queryTerms ??= weightQueryTerms(text, field.field, vectors, stats, queryScorer);
    return field.queryTerms;
  };

  // A candidate without a title (a stored claim) is kept by its text alone.
  const readyOf = (candidate: MatchText): ReadyCandidate =>
    cached(ready, candidate.title ? `${candidate.text}\u0000${candidate.title}` : candidate.text, () => {
      const claim = prepare(candidate.text);
      const title = prepare(candidate.title ?? '').field;
      return {
        prepared: prepareCandidate(claim.field, title, stats),
        terms: weightCandidateTerms(claim.field, title, vectors, stats, candidateScorer),
        numbers: claim.numbers,
      };
    });

  const features = (queryText: string, query: PreparedText, candidate: ReadyCandidate, dots?: QueryDots): number[] =>
    pairFeatures(
      query.field,
      candidate.prepared,
      stats,
      { query: queryTermsOf(queryText, query), candidate: candidate.terms },
      dots,
    );

  return {
    version: model.version,
    features: (query, candidate) => features(query.text, prepare(query.text), readyOf(candidate)),
    prepare(queries, candidates) {
      for (const text of queries) queryTermsOf(text, prepare(text));
      for (const candidate of candidates) readyOf(candidate);
    },
    rank(query, candidates, limit = candidates.length) {
      const preparedQuery = prepare(query.text);
      // Candidates share words: each word's cosines with the query's words are computed once.
      const dots: QueryDots = new Map();
      // Ordered by the raw score: the calibration can map neighbouring raw scores to one value.
      return candidates
        .map((candidate) => {
          const found = readyOf(candidate);
          return { candidate, found, raw: rawScore(model, features(query.text, preparedQuery, found, dots)) };
        })
        .sort((a, b) => b.raw - a.raw)
        .slice(0, limit)
        .map(({ candidate, found, raw }) => ({
          id: candidate.id,
          score: calibrate(model, raw),
          valueChange: numbersDiffer(preparedQuery.numbers, found.numbers),
        }));
    },
  };
}
