import { z } from 'zod';
import { ZId } from './common';
import { ZVerdictLabel } from './verdict';

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

export const ZCorrectVerdictInput = z.object({
  claimId: ZId,
  expectedVersion: z.number().int().positive(),
  reason: z.string().trim().min(10, 'give the reason for the correction in at least 10 characters').max(5_000),
});
export type TCorrectVerdictInput = z.infer<typeof ZCorrectVerdictInput>;

/** One entry of a claim's corrections log. */
export const ZCorrection = z.object({
  id: ZId,
  claimId: ZId,
  reviewId: ZId,
  previousVerdict: ZVerdictLabel.nullable(),
  reason: z.string(),
  correctedBy: z.string(),
  createdAt: z.date(),
});
export type TCorrection = z.infer<typeof ZCorrection>;
