import { scoreSentence } from './checkworthiness/model';
import type { NumberMention } from './mentions';
import type { AnalysedSentence } from './segment';

/**
 * A sentence with no figure of its own is proposed only when the sentence model is fairly sure
 * (tuned on the seed article and the team's own labelled news, never on a reported set).
 */
export const SENTENCE_CLAIM_THRESHOLD = 0.8;

/** A sentence with no figure but a date ("acquitted … in November 2010") needs less. */
export const DATED_CLAIM_THRESHOLD = 0.5;

/** A record or a multiple ("the lowest since 2000", "doubled") weighs like a figure with what it measures. */
export const RECORD_AS_FIGURE: NumberMention = {
  value: 0,
  isOrdinal: false,
  isMultiple: false,
  unit: 'record',
  start: 0,
  end: 0,
  bound: 'exact',
  range: null,
  counted: null,
  place: null,
};

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The sentence model's score of each sentence, in order (one pass, tags reused). */
export function scoreSentences(sentences: AnalysedSentence[]): number[] {
  return sentences.map((s) => round(scoreSentence(s.text, { pos: s.tokens.map((t) => t.pos) })));
}

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * A claim's check-worthiness in 0..1: the sentence model's log-odds (clipped: the model is
 * over-confident on long sentences) moved by what the claim itself carries. A figure with
 * what it measures (a counted noun, a unit, money, a share) and a time is what fact-checkers
 * pick first; a bare small count or a whole sentence without a figure ranks lower.
 */
export function scoreClaim(
  sentenceScore: number,
  mention: NumberMention | null,
  { hasScope, isQuote, hedged }: { hasScope: boolean; isQuote: boolean; hedged: boolean },
): number {
  let z = Math.min(3, Math.max(-3, logit(sentenceScore)));
  if (mention) {
    z += 1;
    if (mention.counted || mention.unit || mention.range || mention.reference !== undefined) z += 0.75;
    if (mention.isMultiple || (mention.isOrdinal && mention.value > 2)) z += 0.5;
    if (mention.value >= 1000 || mention.unit === 'percent' || /^[A-Z]{3}$/.test(mention.unit ?? '')) z += 0.5;
  } else {
    z -= 1;
  }
  if (hasScope) z += 0.5;
  if (isQuote && !mention) z -= 0.5;
  if (hedged) z -= 0.25;
  return round(sigmoid(z));
}
