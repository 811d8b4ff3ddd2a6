export { rankCandidates, prepareForRanking, warmMatcher, MATCHER_VERSION } from './rank.ts';
export { statedNumbers, hasValueChange } from './numbers.ts';
export { createMatcher, type Matcher, type MatcherOptions } from './matcher.ts';
export { loadWordVectors, type WordVectors } from './vectors.ts';
export { RERANKER_MODEL } from './model.ts';
export {
  createCorpusMatcher,
  matchLine,
  parseCorpus,
  parseMatchLine,
  MAX_MATCH_TEXT_CHARS,
  MIN_BATCH_MATCHES,
  type CorpusMatcher,
} from './batch.ts';
export type { MatchText, RankedMatch } from './types.ts';
