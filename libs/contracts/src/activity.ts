import { z } from 'zod';
import { ZId } from './common';

export const ZComment = z.object({ id: ZId, claimId: ZId, author: z.string(), body: z.string(), createdAt: z.date() });
export type TComment = z.infer<typeof ZComment>;

export const ZAddCommentInput = z.object({
  claimId: ZId,
  body: z.string().trim().min(1, 'write a comment').max(5_000),
});
export type TAddCommentInput = z.infer<typeof ZAddCommentInput>;

const ZJsonObject = z.record(z.string(), z.unknown()).nullable();

/** Who changed what on a claim, with the values before and after. */
export const ZAuditEvent = z.object({
  id: ZId,
  actor: z.string(),
  action: z.string(),
  before: ZJsonObject,
  after: ZJsonObject,
  at: z.date(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZClaimIdRef = z.object({ claimId: ZId });
