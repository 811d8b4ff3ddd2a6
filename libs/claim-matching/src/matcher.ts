import { hasValueChange } from './numbers.ts';
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

interface PreparedCandidate {
  claim: PreparedField;
  title: PreparedField;
}

/** Loads the word vectors once and returns a matcher; candidates seen twice are prepared once. */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const model = options.model ?? RERANKER_MODEL;
  const vectors = options.vectors ?? loadWordVectors(model.maxVectorWords);
  const stats = options.stats ?? SHIPPED_CORPUS_STATS;
  const prepared = new WeakMap<MatchText, PreparedCandidate>();

  const prepareCandidate = (candidate: MatchText): PreparedCandidate => {
    const known = prepared.get(candidate);
    if (known) return known;
    const fresh = {
      claim: prepareField(candidate.text, vectors, stats),
      title: prepareField(candidate.title ?? '', vectors, stats),
    };
    prepared.set(candidate, fresh);
    return fresh;
  };

  const features = (query: PreparedField, candidate: MatchText): number[] => {
    const { claim, title } = prepareCandidate(candidate);
    return pairFeatures(query, claim, title, vectors, stats);
  };

  return {
    version: model.version,
    features: (query, candidate) => features(prepareField(query.text, vectors, stats), candidate),
    rank(query, candidates, limit = candidates.length) {
      const preparedQuery = prepareField(query.text, vectors, stats);
      // Ordered by the raw score: the calibration can map neighbouring raw scores to one value.
      return candidates
        .map((candidate) => ({ candidate, raw: rawScore(model, features(preparedQuery, candidate)) }))
        .sort((a, b) => b.raw - a.raw)
        .slice(0, limit)
        .map(({ candidate, raw }) => ({
          id: candidate.id,
          score: calibrate(model, raw),
          valueChange: hasValueChange(query.text, candidate.text),
        }));
    },
  };
}
