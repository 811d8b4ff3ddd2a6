import { CLAIM_KINDS, VALUE_BOUNDS, WORKFLOW_STATES } from '@claimledger/domain';
import { z } from 'zod';
import { ZId } from './common';

export const ZClaimKind = z.enum(CLAIM_KINDS);
export const ZWorkflowState = z.enum(WORKFLOW_STATES);

export const ZClaim = z.object({
  id: ZId,
  articleId: ZId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.string(),
  kind: ZClaimKind,
  kinds: z.array(ZClaimKind),
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
