import { CLAIM_KINDS, TEXT_KINDS, VALUE_BOUNDS } from '@claimledger/domain';
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

/** One input line of `claimledger extract --jsonl`. */
export const ZExtractRequest = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().min(1, 'text is empty').max(2_000_000, 'text is longer than 2,000,000 characters'),
  publishedAt: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
});
export type TExtractRequest = z.infer<typeof ZExtractRequest>;

/** One output line of `claimledger extract --jsonl`. */
export const ZExtractResponse = z.object({
  id: z.union([z.string(), z.number()]),
  checkworthiness: z.number().min(0).max(1),
  isCheckworthy: z.boolean(),
  /** The text's kinds (a claim's kinds, or event, causal, position) and the one that says most; null with none. */
  kind: z.enum(TEXT_KINDS).nullable(),
  kinds: z.array(z.enum(TEXT_KINDS)),
  claims: z.array(
    ZExtractedClaim.pick({
      kind: true,
      kinds: true,
      text: true,
      start: true,
      end: true,
      value: true,
      low: true,
      high: true,
      unit: true,
      counted: true,
      bound: true,
      hedged: true,
      speaker: true,
      checkworthiness: true,
    }).extend({
      quote: z.boolean(),
      timeScope: z.object({ start: z.string(), end: z.string() }).nullable(),
    }),
  ),
});
export type TExtractResponse = z.infer<typeof ZExtractResponse>;
