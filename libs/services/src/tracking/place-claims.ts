import { MATCHER_VERSION } from '@claimledger/claim-matching';
import type { TMatchSettings, TPriorVerdict } from '@claimledger/contracts';
import {
  findPriorVerdicts,
  findPriorVerdictsOf,
  lockPlacing,
  newId,
  writePlacing,
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

/** The prior verdicts placing may pass on: `groupIds` the tracked claims read, `priors` by group id or candidate id. */
export type PlacingPriors = { groupIds: Set<string>; priors: Map<string, TPriorVerdict> };

const lone = (kind: 'claim' | 'factCheck', matches: GroupMatch[]) =>
  matches.filter((m) => !m.groupId && m.candidate.kind === kind).map((m) => m.candidate.rowId);

/**
 * The prior verdicts of what the claims may join (matches at or above the auto threshold): their
 * tracked claims, and candidates without one (a tracked claim made around such a candidate has
 * its verdict). Read before placing's transaction (a verdict published meanwhile is as one
 * published just after it), on the pool where there is one.
 */
export async function readPlacingPriors(
  db: DbExecutor,
  claims: TrackClaimRow[],
  settings: TMatchSettings,
  ranked: GroupMatch[][],
): Promise<PlacingPriors> {
  const linkable = ranked.flat().filter((m) => m.score >= settings.autoThreshold);
  const groupIds = new Set(linkable.flatMap((m) => (m.groupId ? [m.groupId] : [])));
  const priors = await findPriorVerdictsOf(
    db,
    { groupIds: [...groupIds], claimIds: lone('claim', linkable), factCheckIds: lone('factCheck', linkable) },
    claims.map((c) => c.id),
    '',
  );
  return { groupIds, priors };
}

/**
 * Places the claims of one article, as trackClaim would one after another, with two statements
 * for all of them (lockPlacing, writePlacing; and claim.repeated's jobs). Call inside one
 * transaction; `ranked[i]` are claim i's matches (rankGroupMatchesMany with excludeArticleId and
 * limit 10); `priors` from readPlacingPriors (read here when not given). The claims never match each other
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
  priors?: PlacingPriors,
): Promise<TrackOutcome[]> {
  if (claims.some((c) => c.groupId !== null || c.state === 'approved')) {
    const outcomes: TrackOutcome[] = [];
    for (const [i, claim] of claims.entries()) outcomes.push(await trackClaim(tx, claim, settings, ranked[i]));
    return outcomes;
  }
  // Locked first: this article's claims and the candidates that had no tracked claim when ranked.
  // A concurrent ingest may have placed either since (one's claims are the other's candidates).
  const ungroupedRanked = ranked.flat().filter((m) => !m.groupId);
  const state = await lockPlacing(tx, {
    claimIds: [...claims.map((c) => c.id), ...lone('claim', ungroupedRanked)],
    factCheckIds: lone('factCheck', ungroupedRanked),
    pairsOf: claims.map((c) => c.id),
  });
  const read = priors ?? (await readPlacingPriors(tx, claims, settings, ranked));
  // A claim placed meanwhile, made the tracked claim of another ingest's claim, stays there.
  const taken = claims.flatMap((claim) => {
    const groupId = state.claims.get(claim.id)?.groupId;
    return groupId ? [{ claimId: claim.id, groupId, linked: false, suggestions: 0, repeated: false }] : [];
  });
  const free = claims.flatMap((claim, i) => (state.claims.get(claim.id)?.groupId ? [] : [{ claim, matches: ranked[i] ?? [] }]));
  // What each claim does, from its matches (pairs rejected before are skipped, and candidates
  // without a tracked claim that are gone since ranking).
  const lockedRow = (m: GroupMatch) => (m.candidate.kind === 'claim' ? state.claims : state.factChecks).get(m.candidate.rowId);
  const plans = free.map(({ claim, matches: found }) => {
    const own = state.pairs.get(claim.id) ?? new Map<string, string>();
    const matches = usableMatches(
      found.filter((m) => m.groupId || lockedRow(m)),
      claim,
      own,
    );
    const best = matches[0];
    if (best && best.score >= settings.autoThreshold) return { claim, best, suggest: [] as GroupMatch[] };
    const suggest = matches
      .filter(
        (m) => m.score >= settings.suggestThreshold && m.score < settings.autoThreshold && !(m.groupId && own.has(m.groupId)),
      )
      .slice(0, MAX_SUGGESTIONS);
    return { claim, best: null, suggest };
  });

  // Tracked claims made here: around a candidate (first and last seen: its date and the claims
  // that join it) or around a claim of its own.
  const newGroups: Array<{ id: string; canonicalText: string; firstSeenAt: Date; lastSeenAt: Date; candidate: string | null }> =
    [];
  const madeFor = new Map<string, number>();
  const ensure = (match: GroupMatch): GroupRef => {
    if (match.groupId) return { id: match.groupId };
    const key = match.candidate.id;
    const locked = lockedRow(match);
    if (locked?.groupId) return { id: locked.groupId };
    let made = madeFor.get(key);
    if (made === undefined) {
      const seen = locked?.seenAt ?? new Date();
      made =
        newGroups.push({
          id: newId(),
          canonicalText: match.candidate.text,
          firstSeenAt: seen,
          lastSeenAt: seen,
          candidate: key,
        }) - 1;
      madeFor.set(key, made);
    }
    return { made };
  };
  const decisions: Decision[] = plans.map(({ claim, best, suggest }) => {
    if (best) return { claim, kind: 'link', best, group: ensure(best) };
    const group = {
      made:
        newGroups.push({
          id: newId(),
          canonicalText: claim.sentence,
          firstSeenAt: claim.seenAt,
          lastSeenAt: claim.seenAt,
          candidate: null,
        }) - 1,
    };
    return { claim, kind: 'own', group, suggestions: suggest.map((match) => ({ match, group: ensure(match) })) };
  });
  const idOf = (ref: GroupRef) => ('id' in ref ? ref.id : (newGroups[ref.made]?.id ?? ''));

  // Joining a tracked claim with a verdict makes a repeat (unless the value changed). A tracked claim
  // made here around a candidate has the candidate's verdict; one a concurrent ingest made since
  // ranking is read now. Claims joining a tracked claim made here widen its first and last seen.
  const joined = decisions.flatMap((d) => (d.kind === 'link' ? [{ ...d, groupId: idOf(d.group) }] : []));
  for (const { group, claim } of joined) {
    const made = 'made' in group ? newGroups[group.made] : undefined;
    if (!made) continue;
    made.firstSeenAt = new Date(Math.min(made.firstSeenAt.getTime(), claim.seenAt.getTime()));
    made.lastSeenAt = new Date(Math.max(made.lastSeenAt.getTime(), claim.seenAt.getTime()));
  }
  const unread = joined.filter((l) => 'id' in l.group && !read.groupIds.has(l.groupId)).map((l) => l.groupId);
  const lateRead = unread.length
    ? await findPriorVerdicts(
        tx,
        unread,
        claims.map((c) => c.id),
        '',
      )
    : new Map<string, TPriorVerdict>();
  const links = joined.map((l) => {
    const prior =
      'made' in l.group
        ? read.priors.get(newGroups[l.group.made]?.candidate ?? '')
        : (read.priors.get(l.groupId) ?? lateRead.get(l.groupId));
    return { ...l, prior, isRepeat: Boolean(prior) && !l.best.valueChange };
  });
  const linkOf = new Map(links.map((l) => [l.claim.id, l]));

  const madeCandidates = newGroups.flatMap((g) => (g.candidate ? [{ key: g.candidate, groupId: g.id }] : []));
  const rowOf = (key: string) => key.slice(key.indexOf(':') + 1);
  const inserted = await writePlacing(tx, {
    groups: newGroups,
    claims: [
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
              isRepeat: linkOf.get(d.claim.id)?.isRepeat ?? false,
            }
          : { claimId: d.claim.id, groupId: idOf(d.group), matchScore: null, valueChange: false, isRepeat: false },
      ),
    ],
    factChecks: madeCandidates
      .filter((c) => c.key.startsWith('factCheck:'))
      .map((c) => ({ id: rowOf(c.key), groupId: c.groupId })),
    audits: links.map((l) => ({
      actorId: null,
      actorLabel: `matcher ${MATCHER_VERSION}`,
      action: 'group.linked',
      entityType: 'claimGroup',
      entityId: l.groupId,
      after: { claimId: l.claim.id, score: l.best.score, valueChange: l.best.valueChange, isRepeat: l.isRepeat },
    })),
    suggestions: decisions.flatMap((d) =>
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
    widen: links.flatMap((l) => ('id' in l.group ? [{ groupId: l.groupId, at: l.claim.seenAt }] : [])),
  });
  for (const link of links) {
    if (link.prior) await enqueueClaimRepeated(tx, link.claim, link.groupId, link.prior, link.best.valueChange);
  }
  return [
    ...taken,
    ...decisions.map((d) => ({
      claimId: d.claim.id,
      groupId: idOf(d.group),
      linked: d.kind === 'link',
      suggestions: d.kind === 'own' ? inserted.filter((s) => s.claimId === d.claim.id).length : 0,
      repeated: Boolean(linkOf.get(d.claim.id)?.prior),
    })),
  ];
}
