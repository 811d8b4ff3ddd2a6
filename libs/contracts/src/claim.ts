import { CLAIM_KINDS, WORKFLOW_STATES } from '@claimledger/domain';
import { z } from 'zod';
import { ZId } from './common';
import { ZExtractedClaim } from './extraction';

export const ZClaimKind = z.enum(CLAIM_KINDS);
export const ZWorkflowState = z.enum(WORKFLOW_STATES);

/** A stored claim: what the extractor found plus identity, workflow state and version. */
export const ZClaim = ZExtractedClaim.omit({ sentenceStart: true }).extend({
  id: ZId,
  articleId: ZId,
  extractorVersion: z.string(),
  state: ZWorkflowState,
  version: z.number().int().positive(),
});
export type TClaim = z.infer<typeof ZClaim>;

export const ZClaimIdInput = z.object({ id: ZId });

export const ZMoveClaimStateInput = z.object({
  id: ZId,
  to: ZWorkflowState,
  /** The version the client saw: a stale one is a conflict, never a silent overwrite. */
  expectedVersion: z.number().int().positive(),
});
export type TMoveClaimStateInput = z.infer<typeof ZMoveClaimStateInput>;
