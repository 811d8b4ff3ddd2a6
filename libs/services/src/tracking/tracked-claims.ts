import {
  ZApplyVerdictInput,
  ZDecideSuggestionInput,
  ZListSuggestionsInput,
  ZMergeGroupsInput,
  ZSplitGroupInput,
  ZUnlinkAppearanceInput,
  ZUpdateMatchSettingsInput,
  parseInput,
  type TApplyVerdictInput,
  type TClaimTracking,
  type TDecideSuggestionInput,
  type TMatchSettings,
  type TMatchSuggestion,
  type TMergeGroupsInput,
  type TReview,
  type TSplitGroupInput,
  type TTrackedClaim,
  type TUnlinkAppearanceInput,
  type TUpdateMatchSettingsInput,
} from '@claimledger/contracts';
import {
  countGroupClaims,
  decideSuggestion as decideSuggestionRow,
  findClaimLink,
  findGroup,
  findMatchSettings,
  findPriorVerdict,
  findSuggestion,
  findTrackClaim,
  insertGroup,
  insertReview,
  listAppearances,
  listGroupClaimIds,
  listGroupFactChecks,
  listPendingSuggestions,
  listVerdictHistory,
  moveGroupContents,
  recordAudit,
  refreshGroup,
  rememberRejection,
  runInTransaction,
  saveMatchSettings,
  setClaimGroup,
  type DbClient,
  type DbExecutor,
} from '@claimledger/db';
import { enqueueClaimRepeated } from './announce-repeat';
import { AppError, type Actor } from '@claimledger/domain';
import { assertClaimOpenTo, auditClaim, requireUser } from '../access';
import { claimAtVersion, transitionClaim } from '../claim/transition-claim';

export function getMatchSettings(db: DbClient, actor: Actor): Promise<TMatchSettings> {
  requireUser(actor, 'claim:read');
  return findMatchSettings(db);
}

/** Admins set both thresholds; the change is audited. */
export async function updateMatchSettings(db: DbClient, actor: Actor, raw: TUpdateMatchSettingsInput): Promise<TMatchSettings> {
  const input = parseInput(ZUpdateMatchSettingsInput, raw);
  const userId = requireUser(actor, 'scale:manage');
  return runInTransaction(db, async (tx) => {
    const before = await findMatchSettings(tx);
    const saved = await saveMatchSettings(tx, { ...input, updatedById: userId });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'matching.thresholds_changed',
      entityType: 'matchSettings',
      entityId: 'default',
      before: { autoThreshold: before.autoThreshold, suggestThreshold: before.suggestThreshold },
      after: input,
    });
    return saved;
  });
}

function auditGroup(tx: DbExecutor, actor: Actor, action: string, groupId: string, after: Record<string, unknown>) {
  return recordAudit(tx, {
    actorId: actor.id,
    actorLabel: actor.label,
    action,
    entityType: 'claimGroup',
    entityId: groupId,
    after: JSON.parse(JSON.stringify(after)) as Record<string, string>,
  });
}

/** Fires claim.repeated when a claim joins a tracked claim that already has a verdict. */
async function announceRepeat(tx: DbExecutor, claimId: string, groupId: string, valueChange: boolean): Promise<boolean> {
  const prior = await findPriorVerdict(tx, groupId, claimId, '');
  const claim = await findTrackClaim(tx, claimId);
  if (!prior || !claim) return false;
  await enqueueClaimRepeated(tx, claim, groupId, prior, valueChange);
  return !valueChange;
}

export async function listSuggestions(
  db: DbClient,
  actor: Actor,
  raw: { claimId?: string; limit?: number },
): Promise<TMatchSuggestion[]> {
  requireUser(actor, 'claim:read');
  const input = parseInput(ZListSuggestionsInput, raw);
  return listPendingSuggestions(db, { limit: input.limit, ...(input.claimId ? { claimId: input.claimId } : {}) });
}

/**
 * A reviewer confirms a suggestion (the claim moves into the tracked claim, flagged when its
 * value changed) or rejects it (the pair is remembered and never suggested again).
 */
export async function decideSuggestion(db: DbClient, actor: Actor, raw: TDecideSuggestionInput): Promise<TMatchSuggestion> {
  const input = parseInput(ZDecideSuggestionInput, raw);
  const userId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const suggestion = await findSuggestion(tx, input.id);
    if (!suggestion) throw new AppError('NOT_FOUND', `Suggestion ${input.id} not found.`);
    const status = input.decision === 'confirm' ? 'confirmed' : 'rejected';
    if (!(await decideSuggestionRow(tx, suggestion.id, { status, decidedById: userId })))
      throw new AppError('CONFLICT', `This suggestion was ${suggestion.status} already.`);
    if (status === 'confirmed') {
      const link = await findClaimLink(tx, suggestion.claimId);
      const isRepeat =
        (await findPriorVerdict(tx, suggestion.groupId, suggestion.claimId, '')) !== null && !suggestion.valueChange;
      await setClaimGroup(tx, suggestion.claimId, {
        groupId: suggestion.groupId,
        matchScore: suggestion.score,
        valueChange: suggestion.valueChange,
        isRepeat,
      });
      if (link?.groupId) await refreshGroup(tx, link.groupId);
      await refreshGroup(tx, suggestion.groupId);
      await announceRepeat(tx, suggestion.claimId, suggestion.groupId, suggestion.valueChange);
    }
    await auditClaim(tx, actor, `match.${status}`, suggestion.claimId, {
      after: {
        suggestionId: suggestion.id,
        groupId: suggestion.groupId,
        score: suggestion.score,
        valueChange: suggestion.valueChange,
      },
    });
    return { ...suggestion, status };
  });
}

/** Merges `sourceId` into `targetId`: every appearance and fact-check moves; the source goes away. */
export async function mergeGroups(db: DbClient, actor: Actor, raw: TMergeGroupsInput): Promise<{ groupId: string }> {
  const input = parseInput(ZMergeGroupsInput, raw);
  requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const [target, source] = [await findGroup(tx, input.targetId), await findGroup(tx, input.sourceId)];
    if (!target) throw new AppError('NOT_FOUND', `Tracked claim ${input.targetId} not found.`);
    if (!source) throw new AppError('NOT_FOUND', `Tracked claim ${input.sourceId} not found.`);
    const moved = await moveGroupContents(tx, source.id, target.id);
    await refreshGroup(tx, source.id);
    await refreshGroup(tx, target.id);
    await auditGroup(tx, actor, 'group.merged', target.id, {
      mergedFrom: source.id,
      sourceText: source.canonicalText,
      claimIds: moved,
    });
    for (const claimId of moved)
      await auditClaim(tx, actor, 'claim.group_changed', claimId, {
        before: { groupId: source.id },
        after: { groupId: target.id },
      });
    return { groupId: target.id };
  });
}

/** Moves some appearances of a tracked claim into a new one; the pairs are remembered as not the same. */
export async function splitGroup(db: DbClient, actor: Actor, raw: TSplitGroupInput): Promise<{ groupId: string }> {
  const input = parseInput(ZSplitGroupInput, raw);
  const userId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const group = await findGroup(tx, input.groupId);
    if (!group) throw new AppError('NOT_FOUND', `Tracked claim ${input.groupId} not found.`);
    const members = new Set(await listGroupClaimIds(tx, group.id));
    const outside = input.claimIds.filter((id) => !members.has(id));
    if (outside.length) throw new AppError('BAD_INPUT', `claimIds: not in this tracked claim: ${outside.join(', ')}`);
    if (input.claimIds.length === members.size) throw new AppError('BAD_INPUT', 'claimIds: leave at least one appearance behind');
    const first = await findTrackClaim(tx, input.claimIds[0] ?? '');
    const groupId = await insertGroup(tx, {
      canonicalText: first?.sentence ?? group.canonicalText,
      seenAt: first?.seenAt ?? new Date(),
    });
    for (const claimId of input.claimIds) {
      await setClaimGroup(tx, claimId, { groupId, matchScore: null, valueChange: false, isRepeat: false });
      await rememberRejection(tx, { claimId, groupId: group.id, decidedById: userId });
      await auditClaim(tx, actor, 'claim.group_changed', claimId, { before: { groupId: group.id }, after: { groupId } });
    }
    await refreshGroup(tx, group.id);
    await refreshGroup(tx, groupId);
    await auditGroup(tx, actor, 'group.split', group.id, { newGroupId: groupId, claimIds: input.claimIds });
    return { groupId };
  });
}

/** Takes one appearance out of its tracked claim into a group of its own; the pair is remembered as not the same. */
export async function unlinkAppearance(db: DbClient, actor: Actor, raw: TUnlinkAppearanceInput): Promise<{ groupId: string }> {
  const input = parseInput(ZUnlinkAppearanceInput, raw);
  const userId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await findTrackClaim(tx, input.claimId);
    if (!claim) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    if (!claim.groupId) throw new AppError('BAD_INPUT', 'This claim is not in a tracked claim.');
    if ((await countGroupClaims(tx, claim.groupId)) < 2)
      throw new AppError('BAD_INPUT', 'This is the only appearance of its tracked claim.');
    const groupId = await insertGroup(tx, { canonicalText: claim.sentence, seenAt: claim.seenAt });
    await setClaimGroup(tx, claim.id, { groupId, matchScore: null, valueChange: false, isRepeat: false });
    await rememberRejection(tx, { claimId: claim.id, groupId: claim.groupId, decidedById: userId });
    await refreshGroup(tx, claim.groupId);
    await refreshGroup(tx, groupId);
    await auditClaim(tx, actor, 'claim.unlinked', claim.id, { before: { groupId: claim.groupId }, after: { groupId } });
    await auditGroup(tx, actor, 'group.unlinked', claim.groupId, { claimId: claim.id, newGroupId: groupId });
    return { groupId };
  });
}

/** "Checked before": how the claim sits in its tracked claim and the verdict already published there. */
export async function getClaimTracking(db: DbClient, claimId: string, publicUrl = ''): Promise<TClaimTracking> {
  const link = await findClaimLink(db, claimId);
  if (!link) throw new AppError('NOT_FOUND', `Claim ${claimId} not found.`);
  if (!link.groupId) {
    return {
      groupId: null,
      appearances: 1,
      matchScore: null,
      valueChange: false,
      isRepeat: false,
      checkedBefore: null,
      canApplyVerdict: false,
    };
  }
  const checkedBefore = await findPriorVerdict(db, link.groupId, claimId, publicUrl);
  const open = ['new', 'in_review', 'sent_back'].includes(link.state);
  return {
    groupId: link.groupId,
    appearances: await countGroupClaims(db, link.groupId),
    matchScore: link.matchScore,
    valueChange: link.valueChange,
    isRepeat: link.isRepeat,
    checkedBefore,
    canApplyVerdict: Boolean(checkedBefore?.verdictLabelId) && !link.valueChange && open,
  };
}

export async function getTrackedClaim(db: DbClient, id: string, publicUrl = ''): Promise<TTrackedClaim> {
  const group = await findGroup(db, id);
  if (!group) throw new AppError('NOT_FOUND', `Tracked claim ${id} not found.`);
  return {
    id: group.id,
    canonicalText: group.canonicalText,
    firstSeenAt: group.firstSeenAt,
    lastSeenAt: group.lastSeenAt,
    verdict: await findPriorVerdict(db, group.id, null, publicUrl),
    appearances: await listAppearances(db, group.id),
    factChecks: await listGroupFactChecks(db, group.id),
    verdictHistory: await listVerdictHistory(db, group.id, publicUrl),
  };
}

/**
 * Applies the tracked claim's published verdict to a repeat in one step: the claim goes into
 * review and a review with that verdict is submitted, so an editor's second review still
 * decides. Refused where the value changed (re-check instead) or the verdict came from elsewhere.
 */
export async function applyPriorVerdict(db: DbClient, actor: Actor, raw: TApplyVerdictInput): Promise<TReview> {
  const input = parseInput(ZApplyVerdictInput, raw);
  const reviewerId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    let claim = await claimAtVersion(tx, input.claimId, input.expectedVersion);
    await assertClaimOpenTo(tx, actor, claim.id);
    const link = await findClaimLink(tx, claim.id);
    if (!link?.groupId) throw new AppError('BAD_INPUT', 'This claim was not checked before.');
    if (link.valueChange) throw new AppError('BAD_INPUT', 'The value changed since the last check: re-check this claim instead.');
    const prior = await findPriorVerdict(tx, link.groupId, claim.id, '');
    if (!prior?.verdictLabelId || !prior.claimId)
      throw new AppError('BAD_INPUT', 'This tracked claim has no verdict published here to apply.');
    if (claim.state === 'new' || claim.state === 'sent_back') claim = await transitionClaim(tx, actor, claim, 'in_review');
    await transitionClaim(tx, actor, claim, 'submitted');
    const rationale = `Checked before: ${prior.verdict}${prior.date ? `, ${prior.date.toISOString().slice(0, 10)}` : ''}, ${prior.link} (the same claim, published earlier).`;
    const review = await insertReview(tx, { claimId: claim.id, reviewerId, verdictLabelId: prior.verdictLabelId, rationale });
    await auditClaim(tx, actor, 'review.submitted', claim.id, {
      after: { reviewId: review.id, verdict: review.verdict?.slug ?? null, rationale, appliedFrom: prior.claimId },
    });
    return review;
  });
}
