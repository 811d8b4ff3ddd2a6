import { createMatcher, type Matcher } from './matcher.ts';
import { RERANKER_MODEL } from './model.ts';
import { type MatchText, type RankedMatch } from './types.ts';

export const MATCHER_VERSION = RERANKER_MODEL.version;

let defaultMatcher: Matcher | undefined;

/**
 * Scores each candidate against the query with the trained reranker, best first. The first call
 * loads the word vectors (about a second); long-running callers should keep one `createMatcher()`.
 */
export function rankCandidates(query: MatchText, candidates: readonly MatchText[], limit = candidates.length): RankedMatch[] {
  defaultMatcher ??= createMatcher();
  return defaultMatcher.rank(query, candidates, limit);
}

/** Prepares texts for rankCandidates ahead of the call (see Matcher.prepare). */
export function prepareForRanking(queries: readonly string[], candidates: readonly MatchText[]): void {
  defaultMatcher ??= createMatcher();
  defaultMatcher.prepare(queries, candidates);
}

/** Loads the shared matcher now (word vectors, about a second), so a worker's first job does not wait for it. */
export function warmMatcher(): void {
  defaultMatcher ??= createMatcher();
}
