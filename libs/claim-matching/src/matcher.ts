import { numbersDiffer, statedNumbers } from './numbers.ts';
import { pairFeatures, prepareField, type PreparedField } from './features.ts';
import { RERANKER_MODEL, calibrate, rawScore, type RerankerModel } from './model.ts';
import { SHIPPED_CORPUS_STATS, type CorpusStats } from './stats.ts';
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
}

/** Texts prepared lately, kept by text: stored claims come back as candidates of many queries. */
const PREPARED_TEXTS = 4_096;

/** Loads the word vectors once and returns a matcher; texts seen again are prepared once. */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const model = options.model ?? RERANKER_MODEL;
  const vectors = options.vectors ?? loadWordVectors(model.maxVectorWords);
  const stats = options.stats ?? SHIPPED_CORPUS_STATS;
  const prepared = new Map<string, PreparedText>();

  const prepare = (text: string): PreparedText => {
    const known = prepared.get(text);
    if (known) {
      // Most recently used last, so the oldest is the first key.
      prepared.delete(text);
      prepared.set(text, known);
      return known;
    }
    const fresh = { field: prepareField(text, vectors, stats), numbers: statedNumbers(text) };
    prepared.set(text, fresh);
    if (prepared.size > PREPARED_TEXTS) prepared.delete(prepared.keys().next().value as string);
    return fresh;
  };

  const features = (query: PreparedField, candidate: MatchText): number[] =>
    pairFeatures(query, prepare(candidate.text).field, prepare(candidate.title ?? '').field, vectors, stats);

  return {
    version: model.version,
    features: (query, candidate) => features(prepare(query.text).field, candidate),
    rank(query, candidates, limit = candidates.length) {
      const preparedQuery = prepare(query.text);
      // Ordered by the raw score: the calibration can map neighbouring raw scores to one value.
      return candidates
        .map((candidate) => ({ candidate, raw: rawScore(model, features(preparedQuery.field, candidate)) }))
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
