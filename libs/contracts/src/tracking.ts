import { z } from 'zod';
import { ZPriorVerdict, ZWorkflowState } from './claim';

export { ZPriorVerdict, type TPriorVerdict } from './claim';
import { ZId } from './common';
import { ZClaimStatus } from './consumer';

const ZScore = z.number().min(0).max(1);

/** The admin's thresholds: at or above `autoThreshold` a match is linked, from `suggestThreshold` it is suggested. */
export const ZMatchSettings = z.object({
  autoThreshold: ZScore,
  suggestThreshold: ZScore,
  updatedAt: z.date().nullable(),
});
export type TMatchSettings = z.infer<typeof ZMatchSettings>;

export const ZUpdateMatchSettingsInput = z
  .object({ autoThreshold: ZScore, suggestThreshold: ZScore })
  .refine((s) => s.suggestThreshold <= s.autoThreshold, {
    message: 'the suggest threshold must not be above the auto threshold',
    path: ['suggestThreshold'],
  });
export type TUpdateMatchSettingsInput = z.infer<typeof ZUpdateMatchSettingsInput>;

/** How a claim sits in its tracked claim, and what was published about it before. */
export const ZClaimTracking = z.object({
  groupId: ZId.nullable(),
  appearances: z.number().int().nonnegative(),
  matchScore: z.number().nullable(),
  valueChange: z.boolean(),
  isRepeat: z.boolean(),
  checkedBefore: ZPriorVerdict.nullable(),
  /** One step applies `checkedBefore` through a review; not when the value changed or the verdict came from elsewhere. */
  canApplyVerdict: z.boolean(),
});
export type TClaimTracking = z.infer<typeof ZClaimTracking>;

export const ZAppearance = z.object({
  claimId: ZId,
  articleId: ZId,
  articleTitle: z.string(),
  articleUrl: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.date(),
  speaker: z.string().nullable(),
  text: z.string(),
  sentence: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  state: ZWorkflowState,
  valueChange: z.boolean(),
  matchScore: z.number().nullable(),
});
export type TAppearance = z.infer<typeof ZAppearance>;

export const ZImportedFactCheck = z.object({
  id: ZId,
  reviewUrl: z.string(),
  claimReviewed: z.string(),
  publisherName: z.string(),
  publisherUrl: z.string().nullable(),
  ratingName: z.string().nullable(),
  ratingValue: z.number().nullable(),
  claimAuthor: z.string().nullable(),
  reviewDate: z.date().nullable(),
  groupId: ZId.nullable(),
});
export type TImportedFactCheck = z.infer<typeof ZImportedFactCheck>;

export const ZVerdictHistoryEntry = z.object({
  kind: z.enum(['published', 'corrected', 'imported']),
  verdict: z.string(),
  date: z.date().nullable(),
  link: z.string().nullable(),
  publisher: z.string().nullable(),
  claimId: ZId.nullable(),
  note: z.string().nullable(),
});
export type TVerdictHistoryEntry = z.infer<typeof ZVerdictHistoryEntry>;

/** The tracked-claim page: every appearance, the fact-checks and the verdict's history. */
export const ZTrackedClaim = z.object({
  id: ZId,
  canonicalText: z.string(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  verdict: ZPriorVerdict.nullable(),
  appearances: z.array(ZAppearance),
  factChecks: z.array(ZImportedFactCheck),
  verdictHistory: z.array(ZVerdictHistoryEntry),
});
export type TTrackedClaim = z.infer<typeof ZTrackedClaim>;

export const ZTrackedClaimIdInput = z.object({ id: ZId });

export const ZMatchSuggestion = z.object({
  id: ZId,
  claimId: ZId,
  claimText: z.string(),
  claimSentence: z.string(),
  articleTitle: z.string(),
  groupId: ZId,
  groupText: z.string(),
  score: z.number(),
  valueChange: z.boolean(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  createdAt: z.date(),
});
export type TMatchSuggestion = z.infer<typeof ZMatchSuggestion>;

export const ZListSuggestionsInput = z.object({
  claimId: ZId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const ZMatchSuggestionList = z.object({ items: z.array(ZMatchSuggestion) });

export const ZDecideSuggestionInput = z.object({ id: ZId, decision: z.enum(['confirm', 'reject']) });
export type TDecideSuggestionInput = z.infer<typeof ZDecideSuggestionInput>;

export const ZMergeGroupsInput = z
  .object({ targetId: ZId, sourceId: ZId })
  .refine((i) => i.targetId !== i.sourceId, { message: 'choose two different tracked claims', path: ['sourceId'] });
export type TMergeGroupsInput = z.infer<typeof ZMergeGroupsInput>;

export const ZSplitGroupInput = z.object({
  groupId: ZId,
  claimIds: z.array(ZId).min(1, 'choose at least one appearance').max(500),
});
export type TSplitGroupInput = z.infer<typeof ZSplitGroupInput>;

export const ZUnlinkAppearanceInput = z.object({ claimId: ZId });
export type TUnlinkAppearanceInput = z.infer<typeof ZUnlinkAppearanceInput>;

export const ZApplyVerdictInput = z.object({ claimId: ZId, expectedVersion: z.number().int().positive() });
export type TApplyVerdictInput = z.infer<typeof ZApplyVerdictInput>;

export const ZGroupIdOutput = z.object({ groupId: ZId });

/** Lookup by meaning: ranked with a score, the tracked claim with its status and verdict. */
export const ZTrackedClaimRef = z.object({
  id: ZId,
  canonicalText: z.string(),
  appearances: z.number().int().nonnegative(),
  status: z.enum(['published', 'checked_elsewhere', 'unchecked']),
  verdict: ZPriorVerdict.nullable(),
});
export type TTrackedClaimRef = z.infer<typeof ZTrackedClaimRef>;

export const ZClaimMatch = ZClaimStatus.extend({
  score: ZScore,
  valueChange: z.boolean(),
  trackedClaim: ZTrackedClaimRef.nullable(),
});
export type TClaimMatch = z.infer<typeof ZClaimMatch>;
export const ZClaimMatchList = z.object({ items: z.array(ZClaimMatch) });
export type TClaimMatchList = z.infer<typeof ZClaimMatchList>;

export const MAX_MATCH_TEXT = 1_000;
export const MAX_MATCH_TEXTS = 100;

const ZMatchText = z
  .string()
  .trim()
  .min(1, 'text is empty')
  .max(MAX_MATCH_TEXT, `text is longer than ${MAX_MATCH_TEXT} characters`);

export const ZMatchClaimsInput = z.object({
  texts: z
    .array(ZMatchText)
    .min(1, 'send at least one text')
    .max(MAX_MATCH_TEXTS, `send at most ${MAX_MATCH_TEXTS} texts in one call`),
  limit: z.number().int().min(1).max(20).default(5),
});
export type TMatchClaimsInput = z.input<typeof ZMatchClaimsInput>;
export const ZMatchClaimsOutput = z.object({
  results: z.array(z.object({ text: z.string(), items: z.array(ZClaimMatch) })),
});
export type TMatchClaimsOutput = z.infer<typeof ZMatchClaimsOutput>;

/** A ClaimReview file's text (JSON-LD object, array, @graph or JSON lines). */
export const ZImportClaimReviewsInput = z.object({
  content: z.string().min(1, 'the file is empty').max(10_000_000, 'the file is larger than 10 MB'),
});
export const ZImportClaimReviewsResult = z.object({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  refused: z.array(z.object({ line: z.number().int().positive(), reason: z.string() })),
});
export type TImportClaimReviewsResult = z.infer<typeof ZImportClaimReviewsResult>;
