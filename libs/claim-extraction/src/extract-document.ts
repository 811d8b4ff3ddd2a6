import type { TExtractResponse } from '@claimledger/contracts';
import { isCheckworthy } from './checkworthiness/model';
import { analyseText } from './extract';
import type { ExtractOptions } from './types';

/**
 * A whole text scored and extracted, in the batch format of `claimledger extract --jsonl`.
 * The text's check-worthiness is that of its most check-worthy sentence.
 */
export function extractDocument(id: string | number, text: string, options: ExtractOptions = {}): TExtractResponse {
  // One pass: the text's score comes from the same sentence scores its claims carry.
  const { claims: extracted, checkworthiness, kind, kinds } = analyseText(text, options);
  const claims = extracted.map((c) => ({
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
  return { id, checkworthiness, isCheckworthy: isCheckworthy(checkworthiness), kind, kinds, claims };
}
