import { CLAIM_KINDS, VALUE_BOUNDS, WORKFLOW_STATES, claimValueProblems } from '@claimledger/domain';
import { z } from 'zod';
import { ZId } from './common';
import { ZScopeDay } from './dates';
import { ZExtractedClaim } from './extraction';
import { ZVerdictLabel } from './verdict';

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

const ZVersion = z.number().int().positive();

/** A person named on a claim (assignee, author): never credentials. */
export const ZPersonRef = z.object({ id: ZId, name: z.string(), email: z.string() });
export type TPersonRef = z.infer<typeof ZPersonRef>;

/** A verdict a tracked claim already has: ours (published here) or one imported from another publisher. */
export const ZPriorVerdict = z.object({
  source: z.enum(['claimledger', 'imported']),
  verdict: z.string(),
  slug: z.string().nullable(),
  verdictLabelId: ZId.nullable(),
  date: z.date().nullable(),
  link: z.string(),
  publisher: z.string().nullable(),
  claimId: ZId.nullable(),
});
export type TPriorVerdict = z.infer<typeof ZPriorVerdict>;

/** A claim as the workbench and the queue show it. */
export const ZClaimDetail = ZClaim.extend({
  articleTitle: z.string(),
  verdict: ZVerdictLabel.nullable(),
  assignee: ZPersonRef.nullable(),
  /** Its tracked claim; a repeat of a claim with a published verdict; a repeat whose value changed. */
  groupId: ZId.nullable().optional(),
  isRepeat: z.boolean().optional(),
  valueChange: z.boolean().optional(),
  /** "Checked before": the verdict its tracked claim already has (repeats only). */
  checkedBefore: ZPriorVerdict.nullable().optional(),
});
export type TClaimDetail = z.infer<typeof ZClaimDetail>;

/**
 * At most this many matching claims are counted; beyond it the queue says "1,000+", or gives the
 * planner's estimate when that is above this.
 */
export const CLAIM_COUNT_CAP = 1_000;

export const ZClaimListInput = z.object({
  states: z.array(ZWorkflowState).max(7).optional(),
  kind: ZClaimKind.optional(),
  /** "me", "unassigned" or a user id. */
  assignee: z.union([z.literal('me'), z.literal('unassigned'), ZId]).optional(),
  articleId: ZId.optional(),
  minCheckworthiness: z.number().min(0).max(1).optional(),
  /** Words, a "quoted phrase", a speaker or an outlet: results ranked by relevance. */
  q: z.string().trim().max(200).optional(),
  /** true: only repeats of claims checked before; false: only new work. */
  repeat: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** The previous page's `nextCursor` (keyset pagination); absent for the first page. */
  cursor: z
    .string()
    .max(400)
    .regex(/^[\w-]+$/, 'not a valid cursor')
    .optional(),
});
export type TClaimListInput = z.input<typeof ZClaimListInput>;
export type TClaimListFilter = z.output<typeof ZClaimListInput>;

export const ZClaimList = z.object({
  items: z.array(ZClaimDetail),
  /**
   * Matching claims, counted up to CLAIM_COUNT_CAP (search: up to its candidate cap); null on the
   * queue's later pages (`cursor` given), which are not counted again.
   */
  total: z.number().int().nonnegative().nullable(),
  /** True when more claims match than `total` says ("1,000+"). */
  totalIsCapped: z.boolean(),
  /**
   * True when `total` is the database planner's estimate (two significant digits, "about
   * 56,000"): the queue estimates when it expects more than CLAIM_COUNT_CAP matches, and counts
   * exactly (up to the cap) below that.
   */
  totalIsEstimate: z.boolean(),
  /** Pass as `cursor` for the page after this one; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TClaimList = z.infer<typeof ZClaimList>;

const day = ZScopeDay.nullable();

/** The structured fields a reviewer may correct when extraction got them wrong. */
export const ZClaimFields = z
  .object({
    kinds: z.array(ZClaimKind).min(1).max(7),
    value: z.number().finite().nullable(),
    low: z.number().finite().nullable(),
    high: z.number().finite().nullable(),
    unit: z.string().trim().max(100).nullable(),
    counted: z.string().trim().max(300).nullable(),
    place: z.string().trim().max(300).nullable(),
    bound: z.enum(VALUE_BOUNDS).nullable(),
    hedged: z.boolean(),
    speaker: z.string().trim().max(300).nullable(),
    isQuote: z.boolean(),
    timeStart: day,
    timeEnd: day,
  })
  .partial();
export type TClaimFields = z.infer<typeof ZClaimFields>;

export const ZUpdateClaimFieldsInput = z
  .object({ id: ZId, expectedVersion: ZVersion, fields: ZClaimFields })
  .refine((i) => Object.keys(i.fields).length > 0, { message: 'change at least one field', path: ['fields'] })
  .superRefine((i, ctx) => {
    // Only the fields sent are checked here; the service checks them against the stored claim too.
    for (const problem of claimValueProblems(i.fields))
      ctx.addIssue({ code: 'custom', message: problem.message, path: ['fields', problem.field] });
  })
  .refine((i) => !i.fields.timeStart || !i.fields.timeEnd || i.fields.timeStart <= i.fields.timeEnd, {
    message: 'the time scope ends before it starts',
    path: ['fields', 'timeEnd'],
  });
export type TUpdateClaimFieldsInput = z.input<typeof ZUpdateClaimFieldsInput>;

export const ZAssignClaimInput = z.object({ claimId: ZId, assigneeId: ZId.nullable() });
export type TAssignClaimInput = z.infer<typeof ZAssignClaimInput>;
