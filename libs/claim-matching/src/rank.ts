import { hasValueChange } from './numbers.ts';
import { type MatchText, type RankedMatch } from './types.ts';

export const MATCHER_VERSION = 'cl-match-0.1.0+lexical';

const STOPWORDS = new Set(
  'a an the of to in on at for by with and or but is are was were be been has have had it its this that these those as from than then there their they he she his her we our you your i not no'.split(
    ' ',
  ),
);

function terms(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => !STOPWORDS.has(word) && !/^\d/.test(word)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}

/** Scores each candidate against the query, best first. */
export function rankCandidates(query: MatchText, candidates: readonly MatchText[], limit = candidates.length): RankedMatch[] {
  const queryTerms = terms(query.text);
  return candidates
    .map((candidate) => ({
      id: candidate.id,
      score: overlap(queryTerms, terms(`${candidate.text} ${candidate.title ?? ''}`)),
      valueChange: hasValueChange(query.text, candidate.text),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
