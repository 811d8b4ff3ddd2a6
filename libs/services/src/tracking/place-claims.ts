import { MATCHER_VERSION } from '@claimledger/claim-matching';
import type { TMatchSettings, TPriorVerdict } from '@claimledger/contracts';
import {
  findPriorVerdicts,
  findSuggestionPairsMany,
  insertGroups,
  insertSuggestionsReturning,
  lockCandidateGroups,
  recordAudits,
  refreshGroups,
  setClaimGroups,
  setFactCheckGroups,
  widenGroupsSeen,
  type DbExecutor,
  type TrackClaimRow,
} from '@claimledger/db';
import { enqueueClaimRepeated } from './announce-repeat';
import { MAX_SUGGESTIONS, trackClaim, usableMatches, type GroupMatch, type TrackOutcome } from './match-claim';

/** A tracked claim known now (`id`) or made by this batch (`made`: its place among the new ones). */
type GroupRef = { id: string } | { made: number };

type Decision =
  | { claim: TrackClaimRow; kind: 'link'; best: GroupMatch; group: GroupRef }
  | { claim: TrackClaimRow; kind: 'own'; group: GroupRef; suggestions: Array<{ match: GroupMatch; group: GroupRef }> };

/**
 * Places the claims of one article, as trackClaim would one after another, with a few
 * statements for all of them. Call inside one transaction; `ranked[i]` are claim i's matches
 * (rankGroupMatchesMany with excludeArticleId and limit 10). The claims never match each other
 * (one article), so only the candidates they share tie them: a candidate without a tracked claim
 * gets one, once, and every claim that joins or is offered it gets that one. A claim already
 * approved (a re-run after reviewers worked on an unplaced claim) can be an earlier claim's prior
 * verdict: then the claims are placed one by one (trackClaim), as before.
 */
export async function placeClaims(
  tx: DbExecutor,
  claims: TrackClaimRow[],
  settings: TMatchSettings,
  ranked: GroupMatch[][],
): Promise<TrackOutcome[]> {
  if (claims.some((c) => c.groupId !== null || c.state === 'approved')) {
    const outcomes: TrackOutcome[] = [];
    for (const [i, claim] of claims.entries()) outcomes.push(await trackClaim(tx, claim, settings, ranked[i]));
    return outcomes;
  }
  // Locked first: this article's claims and the candidates that had no tracked claim when ranked.
  // A concurrent ingest may have placed either since (one's claims are the other's candidates).
  const ungroupedRanked = ranked.flat().filter((m) => !m.groupId);
  const current = await lockCandidateGroups(tx, {
    claimIds: [
      ...claims.map((c) => c.id),
      ...ungroupedRanked.filter((m) => m.candidate.kind === 'claim').map((m) => m.candidate.rowId),
    ],
    factCheckIds: ungroupedRanked.filter((m) => m.candidate.kind === 'factCheck').map((m) => m.candidate.rowId),
  });
  // A claim placed meanwhile, made the tracked claim of another ingest's claim, stays there.
  const taken = claims.flatMap((claim) => {
    const groupId = current.claims.get(claim.id);
    return groupId ? [{ claimId: claim.id, groupId, linked: false, suggestions: 0, repeated: false }] : [];
  });
  const free = claims.flatMap((claim, i) => (current.claims.get(claim.id) ? [] : [{ claim, matches: ranked[i] ?? [] }]));
  const pairs = await findSuggestionPairsMany(
    tx,
    free.map((f) => f.claim.id),
  );
  // What each claim does, from its matches (pairs rejected before are skipped).
  const plans = free.map(({ claim, matches: found }) => {
    const own = pairs.get(claim.id) ?? new Map<string, string>();
    const matches = usableMatches(found, claim, own);
    const best = matches[0];
    if (best && best.score >= settings.autoThreshold) return { claim, best, suggest: [] as GroupMatch[] };
    const suggest = matches
      .filter(
        (m) => m.score >= settings.suggestThreshold && m.score < settings.autoThreshold && !(m.groupId && own.has(m.groupId)),
      )
      .slice(0, MAX_SUGGESTIONS);
    return { claim, best: null, suggest };
  });

  const newGroups: Array<{ canonicalText: string; seenAt: Date }> = [];
  const madeFor = new Map<string, number>();
  const ensure = (match: GroupMatch): GroupRef => {
    if (match.groupId) return { id: match.groupId };
    const { kind, rowId, id: key } = match.candidate;
    const now = (kind === 'claim' ? current.claims : current.factChecks).get(rowId);
    if (now) return { id: now };
    let made = madeFor.get(key);
    if (made === undefined) {
      made = newGroups.push({ canonicalText: match.candidate.text, seenAt: match.candidate.seenAt ?? new Date() }) - 1;
      madeFor.set(key, made);
    }
    return { made };
  };
  const decisions: Decision[] = plans.map(({ claim, best, suggest }) => {
    if (best) return { claim, kind: 'link', best, group: ensure(best) };
    const group = { made: newGroups.push({ canonicalText: claim.sentence, seenAt: claim.seenAt }) - 1 };
    return { claim, kind: 'own', group, suggestions: suggest.map((match) => ({ match, group: ensure(match) })) };
  });

  const ids = await insertGroups(tx, newGroups);
  const idOf = (ref: GroupRef) => ('id' in ref ? ref.id : (ids[ref.made] ?? ''));
  // The candidates given a tracked claim, and each claim in its own or its best match's.
  const madeCandidates = [...madeFor].map(([key, made]) => ({ key, groupId: ids[made] ?? '' }));
  const rowOf = (key: string) => key.slice(key.indexOf(':') + 1);
  await setClaimGroups(tx, [
    ...madeCandidates
      .filter((c) => c.key.startsWith('claim:'))
      .map((c) => ({ claimId: rowOf(c.key), groupId: c.groupId, matchScore: null, valueChange: false, isRepeat: false })),
    ...decisions.map((d) =>
      d.kind === 'link'
        ? {
            claimId: d.claim.id,
            groupId: idOf(d.group),
            matchScore: d.best.score,
            valueChange: d.best.valueChange,
            isRepeat: false,
          }
        : { claimId: d.claim.id, groupId: idOf(d.group), matchScore: null, valueChange: false, isRepeat: false },
    ),
  ]);
  await setFactCheckGroups(
    tx,
    madeCandidates.filter((c) => c.key.startsWith('factCheck:')).map((c) => ({ id: rowOf(c.key), groupId: c.groupId })),
  );

  // Joining a tracked claim with a verdict makes a repeat (unless the value changed).
  const links = decisions.flatMap((d) => (d.kind === 'link' ? [{ ...d, groupId: idOf(d.group) }] : []));
  const priors: Map<string, TPriorVerdict> = await findPriorVerdicts(
    tx,
    links.map((l) => l.groupId),
    claims.map((c) => c.id),
    '',
  );
  const repeats = links.filter((l) => priors.get(l.groupId) && !l.best.valueChange);
  await setClaimGroups(
    tx,
    repeats.map((l) => ({
      claimId: l.claim.id,
      groupId: l.groupId,
      matchScore: l.best.score,
      valueChange: false,
      isRepeat: true,
    })),
  );
  await recordAudits(
    tx,
    links.map((l) => ({
      actorId: null,
      actorLabel: `matcher ${MATCHER_VERSION}`,
      action: 'group.linked',
      entityType: 'claimGroup',
      entityId: l.groupId,
      after: {
        claimId: l.claim.id,
        score: l.best.score,
        valueChange: l.best.valueChange,
        isRepeat: Boolean(priors.get(l.groupId)) && !l.best.valueChange,
      },
    })),
  );
  const inserted = await insertSuggestionsReturning(
    tx,
    decisions.flatMap((d) =>
      d.kind === 'own'
        ? d.suggestions.map((s) => ({
            claimId: d.claim.id,
            groupId: idOf(s.group),
            score: s.match.score,
            valueChange: s.match.valueChange,
            matcherVersion: MATCHER_VERSION,
          }))
        : [],
    ),
  );
  for (const link of links) {
    const prior = priors.get(link.groupId);
    if (prior) await enqueueClaimRepeated(tx, link.claim, link.groupId, prior, link.best.valueChange);
  }
  // Last, as it locks tracked claims other ingests may be joining: they wait one statement, not the whole placing.
  // Tracked claims made here are counted afresh (their candidate's date); the others widened.
  await refreshGroups(
    tx,
    madeCandidates.map((c) => c.groupId),
  );
  await widenGroupsSeen(
    tx,
    decisions.flatMap((d) => (d.kind === 'link' && 'id' in d.group ? [{ groupId: d.group.id, at: d.claim.seenAt }] : [])),
  );
  return [
    ...taken,
    ...decisions.map((d) => ({
      claimId: d.claim.id,
      groupId: idOf(d.group),
      linked: d.kind === 'link',
      suggestions: d.kind === 'own' ? inserted.filter((s) => s.claimId === d.claim.id).length : 0,
      repeated: d.kind === 'link' && Boolean(priors.get(idOf(d.group))),
    })),
  ];
}
