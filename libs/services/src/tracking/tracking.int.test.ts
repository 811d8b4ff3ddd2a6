import { rankCandidates } from '@claimledger/claim-matching';
import { ensureVerdictScale, findClaimCandidates, findPriorVerdicts, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaimAudit } from '../activity/activity';
import { ingestArticle } from '../article/ingest-article';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listClaimReviews, listVerdictLabels, submitReview } from '../review/reviews';
import { registerWebhook } from '../webhook/webhooks';
import {
  applyPriorVerdict,
  decideSuggestion,
  getClaimTracking,
  getTrackedClaim,
  listSuggestions,
  mergeGroups,
  splitGroup,
  unlinkAppearance,
  updateMatchSettings,
} from './tracked-claims';
import { trackArticleClaims } from './track-article';

let db: Database;
let admin: Actor;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  admin = await createTestActor(db.prisma, 'admin');
  reviewer = await createTestActor(db.prisma, 'reviewer');
  editor = await createTestActor(db.prisma, 'editor');
});
afterAll(() => db.close());

/** One topic per test: a made-up place name that only this test's articles share. */
const topic = () => `Zel${uniqueSuffix().replace(/\d/g, 'q')}`;

async function ingest(body: string, publishedAt: string) {
  const { article } = await ingestArticle(db.prisma, {
    body,
    format: 'text',
    publishedAt,
    publisher: `Outlet ${uniqueSuffix()}`,
  });
  const claim = article.claims[0];
  if (!claim) throw new Error(`no claim in: ${body}`);
  return { article, claim };
}

/** The matcher's score for two sentences: thresholds are set around it, so the tests hold for any scorer. */
const scoreOf = (a: string, b: string) => rankCandidates({ id: 'q', text: a }, [{ id: 'c', text: b }])[0]?.score ?? 0;

async function thresholds(autoThreshold: number, suggestThreshold: number) {
  await updateMatchSettings(db.prisma, admin, {
    autoThreshold: Math.min(1, Math.max(0, autoThreshold)),
    suggestThreshold: Math.min(1, Math.max(0, suggestThreshold)),
  });
}

async function publish(claimId: string, slug = 'false') {
  await moveClaimState(db.prisma, reviewer, { id: claimId, to: 'in_review', expectedVersion: 1 });
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === slug);
  const review = await submitReview(db.prisma, reviewer, {
    claimId,
    verdictLabelId: label?.id ?? '',
    rationale: 'Council minutes show otherwise.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });
}

describe('candidates', () => {
  it('finds stored claims by full-text key terms and by trigram similarity, never from the same article', async () => {
    const place = topic();
    const a = await ingest(`The ${place} council closed 14 ${place}halls in 2023.`, '2024-01-05');
    const byTerms = await findClaimCandidates(db.prisma, { text: `${place}halls shut by ${place} council: 14`, limit: 10 });
    expect(byTerms.map((c) => c.id)).toContain(a.claim.id);
    // A misspelt name shares no full-text term but is close in trigrams.
    const typo = `The ${place.slice(0, -1)}x councl closd 14 librarys in 2023.`;
    const bySimilarity = await findClaimCandidates(db.prisma, { text: typo, limit: 10 });
    expect(bySimilarity.map((c) => c.id)).toContain(a.claim.id);
    const excluded = await findClaimCandidates(db.prisma, {
      text: `${place}halls shut by ${place} council`,
      excludeArticleId: a.article.id,
      limit: 10,
    });
    expect(excluded.map((c) => c.id)).not.toContain(a.claim.id);
  });
});

describe('linking on ingest', () => {
  it('links a repeat above the auto threshold into the tracked claim with both appearances', async () => {
    const place = topic();
    const first = `The ${place} council closed 14 ${place}halls in 2023.`;
    const second = `In 2023 the ${place} council shut 14 of its ${place}halls.`;
    const score = scoreOf(second, first);
    expect(score).toBeGreaterThan(0.05);
    // The first claim stays alone (other tests' claims are written alike); the thresholds apply to the second.
    await thresholds(1, 1);
    const a = await ingest(first, '2024-01-05');
    await thresholds(score - 0.01, Math.max(0, score - 0.02));
    const b = await ingest(second, '2024-03-01');
    const trackA = await getClaimTracking(db.prisma, a.claim.id);
    const trackB = await getClaimTracking(db.prisma, b.claim.id);
    expect(trackB.groupId).toBe(trackA.groupId);
    expect(trackB.appearances).toBe(2);
    expect(trackB.matchScore).toBeCloseTo(score, 5);
    const tracked = await getTrackedClaim(db.prisma, trackA.groupId ?? '');
    expect(tracked.appearances.map((x) => x.claimId)).toEqual([a.claim.id, b.claim.id]);
    expect(tracked.firstSeenAt.toISOString().slice(0, 10)).toBe('2024-01-05');
    expect(tracked.lastSeenAt.toISOString().slice(0, 10)).toBe('2024-03-01');
    // Idempotent: a second run finds nothing left to place.
    expect(await trackArticleClaims(db.prisma, b.article.id)).toEqual([]);
  });

  it('below the suggest threshold a claim stays on its own', async () => {
    const place = topic();
    const first = `The ${place} council closed 14 ${place}halls in 2023.`;
    const second = `The ${place} council closed 14 ${place}halls last year, officials said.`;
    // The first claim stays alone (other tests' claims are written alike); the thresholds apply to the second.
    await thresholds(1, 1);
    const a = await ingest(first, '2024-01-05');
    await thresholds(1, Math.min(1, scoreOf(second, first) + 0.01));
    const b = await ingest(second, '2024-03-01');
    expect((await getClaimTracking(db.prisma, b.claim.id)).groupId).not.toBe(
      (await getClaimTracking(db.prisma, a.claim.id)).groupId,
    );
    expect(await listSuggestions(db.prisma, reviewer, { claimId: b.claim.id })).toEqual([]);
  });

  it('links a changed value but flags it, and it is not a repeat to apply', async () => {
    const place = topic();
    const first = `${place} has called an election for the fifth time since 2019.`;
    const second = `${place} has called an election for the sixth time since 2019.`;
    const score = scoreOf(second, first);
    // The first claim stays alone (other tests' claims are written alike); the thresholds apply to the second.
    await thresholds(1, 1);
    const a = await ingest(first, '2024-01-05');
    await publish(a.claim.id);
    await thresholds(score - 0.01, Math.max(0, score - 0.02));
    const b = await ingest(second, '2024-06-01');
    const track = await getClaimTracking(db.prisma, b.claim.id);
    expect(track.groupId).toBe((await getClaimTracking(db.prisma, a.claim.id)).groupId);
    expect(track.valueChange).toBe(true);
    expect(track.isRepeat).toBe(false);
    expect(track.checkedBefore?.verdict).toBe('False');
    expect(track.canApplyVerdict).toBe(false);
    const current = await db.prisma.claim.findUniqueOrThrow({ where: { id: b.claim.id } });
    await expect(
      applyPriorVerdict(db.prisma, reviewer, { claimId: b.claim.id, expectedVersion: current.version }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/re-check/),
    });
  });
});

describe('suggestions', () => {
  it('suggests between the thresholds; a confirmation links, a rejection is remembered', async () => {
    const place = topic();
    const first = `The ${place} council closed 14 ${place}halls in 2023.`;
    const second = `Fourteen ${place} ${place}halls were closed by the council during 2023.`;
    const score = scoreOf(second, first);
    expect(score).toBeGreaterThan(0.05);
    // The first claim stays alone (other tests' claims are written alike); the thresholds apply to the second.
    await thresholds(1, 1);
    const a = await ingest(first, '2024-01-05');
    await thresholds(score + 0.01, score - 0.01);
    const b = await ingest(second, '2024-02-01');
    const groupA = (await getClaimTracking(db.prisma, a.claim.id)).groupId;
    const [suggestion] = await listSuggestions(db.prisma, reviewer, { claimId: b.claim.id });
    expect(suggestion).toMatchObject({ groupId: groupA, status: 'pending' });
    expect(suggestion?.score).toBeCloseTo(score, 5);
    expect((await getClaimTracking(db.prisma, b.claim.id)).groupId).not.toBe(groupA);

    await decideSuggestion(db.prisma, reviewer, { id: suggestion?.id ?? '', decision: 'reject' });
    expect(await listSuggestions(db.prisma, reviewer, { claimId: b.claim.id })).toEqual([]);
    // Matching again (same thresholds) does not bring the rejected pair back.
    await db.prisma.claim.update({ where: { id: b.claim.id }, data: { groupId: null } });
    await trackArticleClaims(db.prisma, b.article.id);
    expect(await listSuggestions(db.prisma, reviewer, { claimId: b.claim.id })).toEqual([]);
    await expect(decideSuggestion(db.prisma, reviewer, { id: suggestion?.id ?? '', decision: 'confirm' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    // Nothing links automatically, everything with a score is suggested: c is offered a's tracked claim.
    await thresholds(1, 0);
    const c = await ingest(`The ${place} council has closed 14 ${place}halls since 2023.`, '2024-02-02');
    const forC = (await listSuggestions(db.prisma, reviewer, { claimId: c.claim.id })).find((s) => s.groupId === groupA);
    expect(forC).toBeDefined();
    await decideSuggestion(db.prisma, reviewer, { id: forC?.id ?? '', decision: 'confirm' });
    expect((await getClaimTracking(db.prisma, c.claim.id)).groupId).toBe(groupA);
    const audit = await listClaimAudit(db.prisma, c.claim.id);
    expect(audit.map((e) => e.action)).toContain('match.confirmed');
  });

  it('only admins set thresholds, and suggest may not exceed auto', async () => {
    await expect(updateMatchSettings(db.prisma, reviewer, { autoThreshold: 0.9, suggestThreshold: 0.5 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(updateMatchSettings(db.prisma, admin, { autoThreshold: 0.5, suggestThreshold: 0.6 })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});

describe('reviewers reshape tracked claims', () => {
  it('merges, splits and unlinks, each audited', async () => {
    await thresholds(1, 1);
    const place = topic();
    const a = await ingest(`The ${place} port handled 9 million containers in 2024.`, '2025-01-05');
    const b = await ingest(`${place} port volumes reached 9 million containers in 2024.`, '2025-02-05');
    const c = await ingest(`The ${place} port moved 9 million boxes in 2024.`, '2025-03-05');
    const [ga, gb, gc] = await Promise.all(
      [a, b, c].map(async (x) => (await getClaimTracking(db.prisma, x.claim.id)).groupId ?? ''),
    );
    expect(new Set([ga, gb, gc]).size).toBe(3);

    await mergeGroups(db.prisma, reviewer, { targetId: ga ?? '', sourceId: gb ?? '' });
    await mergeGroups(db.prisma, reviewer, { targetId: ga ?? '', sourceId: gc ?? '' });
    expect((await getTrackedClaim(db.prisma, ga ?? '')).appearances).toHaveLength(3);
    await expect(getTrackedClaim(db.prisma, gb ?? '')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const { groupId: splitId } = await splitGroup(db.prisma, reviewer, { groupId: ga ?? '', claimIds: [c.claim.id] });
    expect((await getTrackedClaim(db.prisma, splitId)).appearances.map((x) => x.claimId)).toEqual([c.claim.id]);
    await expect(
      splitGroup(db.prisma, reviewer, { groupId: ga ?? '', claimIds: [a.claim.id, b.claim.id] }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });

    const { groupId: aloneId } = await unlinkAppearance(db.prisma, reviewer, { claimId: b.claim.id });
    expect((await getTrackedClaim(db.prisma, ga ?? '')).appearances.map((x) => x.claimId)).toEqual([a.claim.id]);
    expect(aloneId).not.toBe(ga);
    await expect(unlinkAppearance(db.prisma, reviewer, { claimId: a.claim.id })).rejects.toMatchObject({ code: 'BAD_INPUT' });

    const groupAudit = await db.prisma.auditEvent.findMany({
      where: { entityType: 'claimGroup', entityId: ga ?? '' },
      orderBy: { at: 'asc' },
    });
    expect(groupAudit.map((e) => e.action)).toEqual(['group.merged', 'group.merged', 'group.split', 'group.unlinked']);
    expect(groupAudit.every((e) => e.actorId === reviewer.id)).toBe(true);
    expect((await listClaimAudit(db.prisma, b.claim.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['claim.group_changed', 'claim.unlinked']),
    );
    // The unlinked pair is remembered as rejected.
    const memory = await db.prisma.matchSuggestion.findUnique({
      where: { claimId_groupId: { claimId: b.claim.id, groupId: ga ?? '' } },
    });
    expect(memory?.status).toBe('rejected');
    await expect(
      mergeGroups(db.prisma, { ...reviewer, role: 'viewer' }, { targetId: ga ?? '', sourceId: aloneId }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('checked before', () => {
  it('marks a repeat of a published claim, fires claim.repeated and applies the verdict through review', async () => {
    const place = topic();
    // Worded unlike the other tests' claims, so the repeat's best match is its own first claim.
    const first = `The ${place} ferry carried 31 ${place}ers across the strait in 2021.`;
    const second = `In 2021 the ${place} ferry took 31 ${place}ers over the strait.`;
    const score = scoreOf(second, first);
    // The first claim stays alone (other tests' claims are written alike); the thresholds apply to the second.
    await thresholds(1, 1);
    const hook = await registerWebhook(db.prisma, admin, { url: 'https://receiver.example/hook', events: ['claim.repeated'] });
    const a = await ingest(first, '2024-01-05');
    expect(await db.prisma.webhookDelivery.count({ where: { webhookId: hook.id } })).toBe(0);
    await publish(a.claim.id, 'false');
    await thresholds(score - 0.01, Math.max(0, score - 0.02));
    const b = await ingest(second, '2024-05-01');

    const track = await getClaimTracking(db.prisma, b.claim.id, 'https://claims.example');
    expect(track).toMatchObject({ isRepeat: true, valueChange: false, canApplyVerdict: true });
    expect(track.checkedBefore).toMatchObject({
      verdict: 'False',
      source: 'claimledger',
      link: `https://claims.example/published/${a.claim.id}`,
    });
    expect(await db.prisma.claim.count({ where: { id: b.claim.id, isRepeat: true } })).toBe(1);

    const [delivery] = await db.prisma.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(delivery?.event).toBe('claim.repeated');
    expect(delivery?.payload).toMatchObject({
      claim: { id: b.claim.id },
      repeated: { trackedClaimId: track.groupId, verdict: 'False' },
    });

    const review = await applyPriorVerdict(db.prisma, reviewer, { claimId: b.claim.id, expectedVersion: 1 });
    expect(review.verdict?.slug).toBe('false');
    expect(review.state).toBe('submitted');
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: b.claim.id } });
    expect(claim.state).toBe('submitted');
    // The editor's second review still decides; the reviewer cannot approve their own.
    await expect(
      approveReview(db.prisma, reviewer, { reviewId: review.id, expectedVersion: claim.version }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: claim.version });
    expect((await listClaimReviews(db.prisma, b.claim.id))[0]?.state).toBe('approved');
    const history = (await getTrackedClaim(db.prisma, track.groupId ?? '')).verdictHistory;
    expect(history.filter((h) => h.kind === 'published').map((h) => h.claimId)).toEqual([a.claim.id, b.claim.id]);
    // Read for many tracked claims at once: the latest published claim, unless it is excepted;
    // a tracked claim without a verdict is absent.
    const groupId = track.groupId ?? '';
    const alone = await db.prisma.claimGroup.create({ data: { canonicalText: `Alone ${place}` } });
    const priors = await findPriorVerdicts(db.prisma, [groupId, alone.id, groupId], [], '');
    expect([...priors.keys()]).toEqual([groupId]);
    expect(priors.get(groupId)?.claimId).toBe(b.claim.id);
    expect((await findPriorVerdicts(db.prisma, [groupId], [b.claim.id], '')).get(groupId)?.claimId).toBe(a.claim.id);
  });

  it('gives a tracked claim without a published claim the fact-check reviewed last (undated ones after), with publisher and link', async () => {
    const place = topic();
    const group = await db.prisma.claimGroup.create({ data: { canonicalText: `Checked elsewhere ${place}` } });
    const check = (suffix: string, data: { ratingName?: string; ratingValue?: number; reviewDate?: Date }) =>
      db.prisma.importedFactCheck.create({
        data: {
          reviewUrl: `https://checks.example/${place}/${suffix}`,
          claimReviewed: `A claim about ${place}`,
          publisherName: `Checker ${suffix}`,
          groupId: group.id,
          ...data,
        },
      });
    await check('undated', { ratingName: 'Pants on fire' });
    await check('old', { ratingName: 'Mostly false', reviewDate: new Date('2024-01-05T00:00:00Z') });
    await check('new', { ratingValue: 2, reviewDate: new Date('2025-03-01T00:00:00Z') });
    const prior = (await findPriorVerdicts(db.prisma, [group.id], [], '')).get(group.id);
    expect(prior).toEqual({
      source: 'imported',
      verdict: 'rated 2',
      slug: null,
      verdictLabelId: null,
      date: new Date('2025-03-01T00:00:00Z'),
      link: `https://checks.example/${place}/new`,
      publisher: 'Checker new',
      claimId: null,
    });
  });
});
