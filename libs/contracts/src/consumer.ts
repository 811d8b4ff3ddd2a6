import { VALUE_BOUNDS } from '@claimledger/domain';
import { z } from 'zod';
import { ZStance } from './citation';
import { ZWorkflowState } from './claim';
import { ZId } from './common';

/** A claim as API consumers see it: verdict, rationale and sources only once published. */
export const ZClaimStatus = z.object({
  id: ZId,
  text: z.string(),
  sentence: z.string(),
  speaker: z.string().nullable(),
  /** The normalised figure: value (or low–high range), its bound and unit, as extracted or corrected. */
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  bound: z.enum(VALUE_BOUNDS).nullable(),
  unit: z.string().nullable(),
  /** The period the claim is about (ISO dates), when it names one. */
  timeStart: z.iso.date().nullable(),
  timeEnd: z.iso.date().nullable(),
  state: ZWorkflowState,
  published: z.boolean(),
  verdict: z.object({ name: z.string(), slug: z.string(), rating: z.number().int() }).nullable(),
  rationale: z.string().nullable(),
  publishedAt: z.date().nullable(),
  citations: z.array(
    z.object({
      sourceUrl: z.string(),
      title: z.string().nullable(),
      stance: ZStance,
      quote: z.string(),
      archivedAt: z.date().nullable(),
    }),
  ),
  claimReviewUrl: z.string().nullable(),
  article: z.object({ id: ZId, title: z.string(), url: z.string().nullable() }),
});
export type TClaimStatus = z.infer<typeof ZClaimStatus>;

/** What the claim-status read returns before the publication rule hides unpublished parts. */
export const ZClaimStatusRow = ZClaimStatus.omit({
  published: true,
  rationale: true,
  publishedAt: true,
  claimReviewUrl: true,
}).extend({ review: z.object({ rationale: z.string(), decidedAt: z.date().nullable() }).nullable() });
export type TClaimStatusRow = z.infer<typeof ZClaimStatusRow>;

export const ZClaimStatusList = z.object({ items: z.array(ZClaimStatus) });
export type TClaimStatusList = z.infer<typeof ZClaimStatusList>;

export const ZClaimsByArticleUrlInput = z.object({ articleUrl: z.url({ protocol: /^https?$/ }).max(2_000) });
export const ZClaimLookupInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'text is empty')
    .min(3, 'search for at least 3 characters')
    .max(1_000, 'text is longer than 1000 characters'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const ZArticleStatus = z.object({
  id: ZId,
  title: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.date().nullable(),
  claims: z.array(ZClaimStatus),
});
export type TArticleStatus = z.infer<typeof ZArticleStatus>;
