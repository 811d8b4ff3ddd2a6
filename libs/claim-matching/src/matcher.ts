import { numbersDiffer, statedNumbers } from './numbers.ts';
import { pairFeatures, prepareField, type PreparedField } from './features.ts';
import { RERANKER_MODEL, calibrate, rawScore, type RerankerModel } from './model.ts';
import { SHIPPED_CORPUS_STATS, type CorpusStats } from './stats.ts';
import { createTermScorer, weightCandidateTerms, weightQueryTerms, type WeightedTerms } from './term-weights.ts';
import { type MatchText, type RankedMatch } from './types.ts';
import { loadWordVectors, type WordVectors } from './vectors.ts';

export interface Matcher {
  readonly version: string;
  /** Scores every candidate against the query, best first; `limit` keeps the top ones. */
  rank(query: MatchText, candidates: readonly MatchText[], limit?: number): RankedMatch[];
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
  const candidateTerms = new Map<string, WeightedTerms>();
  const queryScorer = createTermScorer(model.termModels.query, vectors);
  const candidateScorer = createTermScorer(model.termModels.candidate, vectors);

  const prepare = (text: string): PreparedText =>
    cached(prepared, text, () => ({ field: prepareField(text, vectors, stats), numbers: statedNumbers(text) }));

  const queryTermsOf = (text: string, field: PreparedText): WeightedTerms => {
    field.queryTerms ??= weightQueryTerms(text, field.field, vectors, stats, queryScorer);
    return field.queryTerms;
  };

  const features = (queryText: string, query: PreparedText, candidate: MatchText): number[] => {
    const claim = prepare(candidate.text).field;
    const title = prepare(candidate.title ?? '').field;
    // The candidate's weighted terms read claim and title together: kept by both texts.
    const terms = cached(candidateTerms, `${candidate.text}\u0000${candidate.title ?? ''}`, () =>
      weightCandidateTerms(claim, title, vectors, stats, candidateScorer),
    );
    return pairFeatures(query.field, claim, title, vectors, stats, { query: queryTermsOf(queryText, query), candidate: terms });
  };

  return {
    version: model.version,
    features: (query, candidate) => features(query.text, prepare(query.text), candidate),
    rank(query, candidates, limit = candidates.length) {
      const preparedQuery = prepare(query.text);
      // Ordered by the raw score: the calibration can map neighbouring raw scores to one value.
      return candidates
        .map((candidate) => ({ candidate, raw: rawScore(model, features(query.text, preparedQuery, candidate)) }))
        .sort((a, b) => b.raw - a.raw)
        .slice(0, limit)
        .map(({ candidate, raw }) => ({
          id: candidate.id,
          score: calibrate(model, raw),
          valueChange: numbersDiffer(preparedQuery.numbers, prepare(candidate.text).numbers),
        }));
    },
  };
}
