import {
  MATCHER_VERSION,
  prepareForRanking,
  rankCandidates,
  type MatchText,
  type RankedMatch,
} from '@claimledger/claim-matching';
import type { TMatchSettings } from '@claimledger/contracts';
import {
  findClaimCandidatesMany,
  findFactCheckCandidatesMany,
  findGroupIdOfFactCheck,
  findPriorVerdict,
  findQueryTermsMany,
  findSuggestionPairs,
  findTrackClaim,
  insertGroup,
  insertSuggestions,
  planCandidates,
  recordAudit,
  runsOnPool,
  refreshGroup,
  setClaimGroup,
  setFactCheckGroup,
  type ClaimCandidate,
  type DbExecutor,
  type FactCheckCandidate,
  type TrackClaimRow,
} from '@claimledger/db';
import { enqueueClaimRepeated } from './announce-repeat';

const CLAIM_CANDIDATES = 30;
/**
 * The claim-candidate reads go out as this many statements at once (the server's cores; on the
 * pg pool only, see findClaimCandidatesMany): an article's texts shared out among them, or one
 * text's searches.
 */
const READ_STATEMENTS = 2;
const FACT_CHECK_CANDIDATES = 10;
export const MAX_SUGGESTIONS = 3;

/** A candidate as the matcher sees it, and how to reach its tracked claim. */
type Candidate = MatchText & { groupId: string | null; seenAt: Date | null; kind: 'claim' | 'factCheck'; rowId: string };

export type GroupMatch = RankedMatch & { groupId: string | null; candidate: Candidate };

/** Stored claims and imported fact-checks that may state `text`, ranked by the matcher, best per tracked claim first. */
export async function rankGroupMatches(
  db: DbExecutor,
  text: string,
  options: { excludeArticleId?: string; limit: number },
): Promise<GroupMatch[]> {
  const [matches] = await rankGroupMatchesMany(db, [{ text, excludeArticleId: options.excludeArticleId }], options.limit);
  return matches ?? [];
}

/**
 * rankGroupMatches for many texts (an article's claims) in three reads in all: the stems of
 * every text, the claim candidates of every text, the fact-check candidates of every text.
 * Outside a transaction on PostgreSQL the claim candidates split over `statements` statements
 * and the fact-check read goes beside them, so the server uses more than one core. `beside`:
 * other work started once the stems are read (it may change their counts) and run beside the
 * candidate reads on the pool, after them elsewhere.
 */
export async function rankGroupMatchesMany(
  db: DbExecutor,
  queries: Array<{ text: string; excludeArticleId?: string | undefined }>,
  limit: number,
  options: { statements?: number; beside?: () => Promise<unknown> } = {},
): Promise<GroupMatch[][]> {
  const { statements = READ_STATEMENTS, beside = async () => undefined } = options;
  if (!queries.length) return [];
  // The rarest stems of each text, planned once for both corpora.
  const terms = await findQueryTermsMany(
    db,
    queries.map((q) => q.text),
  );
  const plans = terms.map(planCandidates);
  // The reranker prepares the texts and the candidates read so far while other reads run, and
  // ranks a text as soon as both its reads are in (most often while the other claim read runs).
  const running = { claims: true, checks: true };
  let textsReady = false;
  const prepare = (candidateTexts: string[]) => {
    prepareForRanking(
      textsReady ? [] : queries.map((q) => q.text),
      candidateTexts.map((text) => ({ id: text, text })),
    );
    textsReady = true;
  };
  const found = queries.map(() => ({ claims: null as ClaimCandidate[] | null, checks: null as FactCheckCandidate[] | null }));
  const ranked: Array<GroupMatch[] | undefined> = queries.map(() => undefined);
  const rankWhenRead = (i: number) => {
    const { claims, checks } = found[i] ?? { claims: null, checks: null };
    if (claims && checks && !ranked[i]) ranked[i] = rankFound(queries[i]?.text ?? '', claims, checks, limit);
  };
  const readClaims = () =>
    findClaimCandidatesMany(
      db,
      queries.map((q, i) => ({ plan: plans[i] ?? null, excludeArticleId: q.excludeArticleId })),
      CLAIM_CANDIDATES,
      statements,
      (i, rows, othersRunning, complete) => {
        running.claims = othersRunning;
        const at = found[i];
        if (complete && at) at.claims = rows;
        if (complete && at?.checks) rankWhenRead(i);
        else if (othersRunning || running.checks) prepare(rows.map((c) => c.sentence));
      },
    );
  const readChecks = () =>
    findFactCheckCandidatesMany(db, plans, FACT_CHECK_CANDIDATES, (i, rows) => {
      running.checks = false;
      const at = found[i];
      if (!at) return;
      at.checks = rows;
      if (running.claims) prepare(rows.map((c) => c.claimReviewed));
      rankWhenRead(i);
    });
  const [claims, checks] = runsOnPool(db)
    ? await Promise.all([readClaims(), readChecks(), beside()])
    : [await readClaims(), await readChecks(), await beside()];
  return queries.map((q, i) => ranked[i] ?? rankFound(q.text, claims[i] ?? [], checks[i] ?? [], limit));
}

/** The matcher's ranking of one text's candidates, best per tracked claim. */
function rankFound(text: string, claims: ClaimCandidate[], checks: FactCheckCandidate[], limit: number): GroupMatch[] {
  const candidates: Candidate[] = [
    ...claims.map((c) => ({
      id: `claim:${c.id}`,
      text: c.sentence,
      groupId: c.groupId,
      seenAt: null,
      kind: 'claim' as const,
      rowId: c.id,
    })),
    ...checks.map((c) => ({
      id: `factCheck:${c.id}`,
      text: c.claimReviewed,
      groupId: c.groupId,
      seenAt: null,
      kind: 'factCheck' as const,
      rowId: c.id,
    })),
  ];
  if (candidates.length === 0) return [];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ranked = rankCandidates({ id: 'query', text }, candidates, candidates.length);
  const seenGroups = new Set<string>();
  const out: GroupMatch[] = [];
  for (const match of ranked) {
    const candidate = byId.get(match.id);
    if (!candidate) continue;
    // One result per tracked claim (its best appearance); ungrouped candidates each stand alone.
    const key = candidate.groupId ?? candidate.id;
    if (seenGroups.has(key)) continue;
    seenGroups.add(key);
    out.push({ ...match, groupId: candidate.groupId, candidate });
    if (out.length >= limit) break;
  }
  return out;
}

/** The candidate's tracked claim, created around it when it has none yet (older claims, new fact-checks). */
export async function ensureGroup(tx: DbExecutor, match: GroupMatch): Promise<string> {
  if (match.groupId) return match.groupId;
  // Ranked before this transaction (trackArticleClaims ranks all claims of an article first):
  // an earlier claim may have given the candidate a tracked claim since.
  const current =
    match.candidate.kind === 'claim'
      ? ((await findTrackClaim(tx, match.candidate.rowId))?.groupId ?? null)
      : await findGroupIdOfFactCheck(tx, match.candidate.rowId);
  if (current) return current;
  const groupId = await insertGroup(tx, { canonicalText: match.candidate.text, seenAt: match.candidate.seenAt ?? new Date() });
  if (match.candidate.kind === 'claim') {
    await setClaimGroup(tx, match.candidate.rowId, { groupId, matchScore: null, valueChange: false, isRepeat: false });
  } else {
    await setFactCheckGroup(tx, match.candidate.rowId, groupId);
  }
  await refreshGroup(tx, groupId);
  return groupId;
}

/** The matches trackClaim places a claim by: other articles' claims and the fact-checks, best per tracked claim. */
export function rankClaimMatches(db: DbExecutor, claim: TrackClaimRow): Promise<GroupMatch[]> {
  return rankGroupMatches(db, claim.sentence, { excludeArticleId: claim.articleId, limit: 10 });
}

/**
 * The matches a claim may be placed by: not its own tracked claim (when it has one), no tracked
 * claim it was rejected from before. Candidates without a tracked claim stay (ensureGroup makes one).
 */
export function usableMatches(matches: GroupMatch[], claim: TrackClaimRow, pairs: Map<string, string>): GroupMatch[] {
  return matches.filter(
    (m) => !(m.groupId && pairs.get(m.groupId) === 'rejected') && !(claim.groupId && m.groupId === claim.groupId),
  );
}

export type TrackOutcome = { claimId: string; groupId: string; linked: boolean; suggestions: number; repeated: boolean };

/**
 * Places one claim in a tracked claim. At or above the auto threshold it joins the best
 * match's group (a value change joins flagged, never as identical); otherwise it starts its
 * own group and matches between the thresholds become suggestions (pairs rejected before are
 * skipped). Joining a group with a published verdict marks the claim a repeat and fires
 * claim.repeated. Call inside a transaction. `ranked`: its matches when ranked beforehand
 * (rankGroupMatches with excludeArticleId and limit 10), else they are ranked here.
 */
export async function trackClaim(
  tx: DbExecutor,
  claim: TrackClaimRow,
  settings: TMatchSettings,
  ranked?: GroupMatch[],
): Promise<TrackOutcome> {
  const pairs = await findSuggestionPairs(tx, claim.id);
  const matches = usableMatches(ranked ?? (await rankClaimMatches(tx, claim)), claim, pairs);
  const best = matches[0];
  if (best && best.score >= settings.autoThreshold) {
    const groupId = await ensureGroup(tx, best);
    const prior = await findPriorVerdict(tx, groupId, claim.id, '');
    const isRepeat = prior !== null && !best.valueChange;
    await setClaimGroup(tx, claim.id, { groupId, matchScore: best.score, valueChange: best.valueChange, isRepeat });
    if (claim.groupId) await refreshGroup(tx, claim.groupId);
    await refreshGroup(tx, groupId);
    await recordAudit(tx, {
      actorId: null,
      actorLabel: `matcher ${MATCHER_VERSION}`,
      action: 'group.linked',
      entityType: 'claimGroup',
      entityId: groupId,
      after: { claimId: claim.id, score: best.score, valueChange: best.valueChange, isRepeat },
    });
    if (prior) await enqueueClaimRepeated(tx, claim, groupId, prior, best.valueChange);
    return { claimId: claim.id, groupId, linked: true, suggestions: 0, repeated: prior !== null };
  }
  const groupId = claim.groupId ?? (await insertGroup(tx, { canonicalText: claim.sentence, seenAt: claim.seenAt }));
  if (!claim.groupId) await setClaimGroup(tx, claim.id, { groupId, matchScore: null, valueChange: false, isRepeat: false });
  const suggestable = matches.filter(
    (m) => m.score >= settings.suggestThreshold && m.score < settings.autoThreshold && !(m.groupId && pairs.has(m.groupId)),
  );
  const rows = [];
  for (const match of suggestable.slice(0, MAX_SUGGESTIONS)) {
    rows.push({
      claimId: claim.id,
      groupId: await ensureGroup(tx, match),
      score: match.score,
      valueChange: match.valueChange,
      matcherVersion: MATCHER_VERSION,
    });
  }
  const suggestions = await insertSuggestions(tx, rows);
  return { claimId: claim.id, groupId, linked: false, suggestions, repeated: false };
}
