/**
 * Baseline check-worthiness: a transparent feature score in 0..1 (numbers, quotes,
 * named entities, comparatives, hedges). The trained model replaces it in a later version.
 */
export const CHECKWORTHY_THRESHOLD = 0.5;

export type ScoreFeatures = { hasNumber: boolean; isQuote: boolean; sentence: string };

export function scoreCheckworthiness({ hasNumber, isQuote, sentence }: ScoreFeatures): number {
  let score = 0.2;
  if (hasNumber) score += 0.35;
  if (isQuote) score += 0.1;
  if (/\b[A-Z][a-z]+\s+[A-Z][a-z]+/.test(sentence)) score += 0.1;
  if (/\b(more|less|fewer|higher|lower|larger|smaller|most|least|than|record|doubled|tripled)\b/i.test(sentence)) score += 0.1;
  if (/\b(is|are|was|were|has|have|had)\b/i.test(sentence)) score += 0.05;
  if (/\?$/.test(sentence.trim())) score -= 0.2;
  if (sentence.split(/\s+/).length < 5) score -= 0.15;
  return Math.max(0, Math.min(1, Number(score.toFixed(3))));
}
