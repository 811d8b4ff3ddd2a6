export { rankCandidates, MATCHER_VERSION } from './rank.ts';
export { statedNumbers, hasValueChange } from './numbers.ts';
export type { MatchText, RankedMatch } from './types.ts';
