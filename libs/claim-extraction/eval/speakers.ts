// Speakers on labelled news: of the gold claims the product finds, how many carry the labelled
// speaker (guideline section 5: who asserts the fact; null when the outlet does).
import type { ExtractedClaim } from '../src/index';
import { locate, overlapsSpan, type TGold } from './news-gold';

export type SpeakerScore = { found: number; right: number; attributed: number; attributedRight: number; misses: string[] };

const plain = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The same speaker: both none, or one name within the other ("Kenji Arakawa" and "Arakawa",
 * "the grid operator Svenska kraftnät" and "Svenska kraftnät"). A pronoun matches no name.
 */
export function sameSpeaker(gold: string | null, found: string | null): boolean {
  if (!gold || !found) return !gold && !found;
  const a = plain(gold);
  const b = plain(found);
  const within = (long: string, short: string) => ` ${long} `.includes(` ${short} `);
  return a === b || within(a, b) || within(b, a);
}

export function scoreSpeakers(text: string, gold: TGold, claims: ExtractedClaim[]): SpeakerScore {
  const score: SpeakerScore = { found: 0, right: 0, attributed: 0, attributedRight: 0, misses: [] };
  for (const g of gold.claims) {
    const at = locate(text, g);
    const claim = claims.find((c) => overlapsSpan(at, c));
    if (!claim) continue;
    const right = sameSpeaker(g.speaker, claim.speaker);
    score.found++;
    if (right) score.right++;
    if (g.speaker) score.attributed++;
    if (g.speaker && right) score.attributedRight++;
    if (!right) score.misses.push(`${g.exact.slice(0, 60)} → ${claim.speaker ?? 'none'} (gold ${g.speaker ?? 'none'})`);
  }
  return score;
}

export function addSpeakerScores(a: SpeakerScore, b: SpeakerScore): SpeakerScore {
  return {
    found: a.found + b.found,
    right: a.right + b.right,
    attributed: a.attributed + b.attributed,
    attributedRight: a.attributedRight + b.attributedRight,
    misses: [...a.misses, ...b.misses],
  };
}
