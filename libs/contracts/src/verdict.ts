import { z } from 'zod';
import { ZId } from './common';

export const ZVerdictLabel = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  colour: z.string(),
  description: z.string(),
  rating: z.number().int(),
});
export type TVerdictLabel = z.infer<typeof ZVerdictLabel>;

/** What an admin sets on a label of the organisation's scale. */
export const ZVerdictLabelFields = z.object({
  name: z.string().trim().min(1, 'name the label').max(60),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'colour must be a hex colour such as #1a7f37'),
  description: z.string().trim().max(500),
  /** ClaimReview ratingValue: 1 (worst) … 6 (best); 0 off the truth axis. */
  rating: z.number().int().min(0).max(10),
});
export type TVerdictLabelFields = z.infer<typeof ZVerdictLabelFields>;

export const ZUpdateVerdictLabelInput = ZVerdictLabelFields.extend({ id: ZId });
export type TUpdateVerdictLabelInput = z.infer<typeof ZUpdateVerdictLabelInput>;

export const ZAddVerdictLabelInput = ZVerdictLabelFields.extend({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lower-case words joined by hyphens')
    .max(60),
});
export type TAddVerdictLabelInput = z.infer<typeof ZAddVerdictLabelInput>;
