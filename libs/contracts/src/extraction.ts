import { CLAIM_KINDS, VALUE_BOUNDS } from '@claimledger/domain';
import { z } from 'zod';

/** One claim as the extractor finds it, before it is stored. */
export const ZExtractedClaim = z.object({
  kind: z.enum(CLAIM_KINDS),
  kinds: z.array(z.enum(CLAIM_KINDS)),
  /** Claim span: character offsets into the article text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.string(),
  sentenceStart: z.number().int().nonnegative(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  counted: z.string().nullable(),
  place: z.string().nullable(),
  bound: z.enum(VALUE_BOUNDS).nullable(),
  hedged: z.boolean(),
  speaker: z.string().nullable(),
  isQuote: z.boolean(),
  timeStart: z.string().nullable(),
  timeEnd: z.string().nullable(),
  checkworthiness: z.number().min(0).max(1),
});
export type TExtractedClaim = z.infer<typeof ZExtractedClaim>;
