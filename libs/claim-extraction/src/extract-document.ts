import type { TExtractResponse } from '@claimledger/contracts';
import { isCheckworthy, scoreSentence } from './checkworthiness/model';
import { extractClaims } from './extract';
import { articleBodyEnd } from './boilerplate';
import { segmentSentences } from './segment';
import type { ExtractOptions } from './types';

/**
 * A whole text scored and extracted, in the batch format of `claimledger extract --jsonl`.
 * The text's check-worthiness is that of its most check-worthy sentence.
 */
export function extractDocument(id: string | number, text: string, options: ExtractOptions = {}): TExtractResponse {
  const sentences = segmentSentences(text, articleBodyEnd(text));
  const checkworthiness = Math.round(Math.max(0, ...sentences.map((s) => scoreSentence(s.text))) * 1000) / 1000;
  const claims = extractClaims(text, options).map((c) => ({
    kind: c.kind,
    kinds: c.kinds,
    text: c.text,
    start: c.start,
    end: c.end,
    value: c.value,
    low: c.low,
    high: c.high,
    unit: c.unit,
    counted: c.counted,
    bound: c.bound,
    hedged: c.hedged,
    speaker: c.speaker,
    quote: c.isQuote,
    timeScope: c.timeStart && c.timeEnd ? { start: c.timeStart, end: c.timeEnd } : null,
    checkworthiness: c.checkworthiness,
  }));
  return { id, checkworthiness, isCheckworthy: isCheckworthy(checkworthiness), claims };
}
