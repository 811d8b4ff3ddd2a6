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

export const ZReviewState = z.enum(['draft', 'submitted', 'approved', 'rejected']);

export const ZReview = z.object({
  id: ZId,
  claimId: ZId,
  reviewer: z.string(),
  verdict: ZVerdictLabel.nullable(),
  rationale: z.string(),
  state: ZReviewState,
  approver: z.string().nullable(),
  decisionComment: z.string().nullable(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
});
export type TReview = z.infer<typeof ZReview>;

export const ZSubmitReviewInput = z.object({
  claimId: ZId,
  verdictLabelId: ZId,
  rationale: z.string().trim().min(20, 'explain the verdict in at least 20 characters').max(20_000),
  /** The claim version the reviewer saw. */
  expectedVersion: z.number().int().positive(),
});
export type TSubmitReviewInput = z.infer<typeof ZSubmitReviewInput>;

export const ZApproveReviewInput = z.object({ reviewId: ZId, expectedVersion: z.number().int().positive() });
export type TApproveReviewInput = z.infer<typeof ZApproveReviewInput>;

export const ZSendBackReviewInput = ZApproveReviewInput.extend({
  comment: z.string().trim().min(5, 'say what needs to change').max(5_000),
});
export type TSendBackReviewInput = z.infer<typeof ZSendBackReviewInput>;
