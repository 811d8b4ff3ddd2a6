import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment, listClaimAudit, listClaimComments } from '../activity/activity';
import { attachCitation } from '../citation/citations';
import { ingestArticle } from '../article/ingest-article';
import { correctVerdict, listClaimCorrections } from '../review/correct-verdict';
import { approveReview, listVerdictLabels, submitReview } from '../review/reviews';
import { addVerdictLabel, editVerdictLabel } from '../scale/verdict-scale';
import { assignClaim, getClaimDetail, listClaims } from './claim-queue';
import { moveClaimState } from './move-claim-state';
import { updateClaimFields } from './update-claim-fields';

let db: Database;
let reviewer: Actor;
let otherReviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer', 'Rita Reviewer');
  otherReviewer = await createTestActor(db.prisma, 'reviewer', 'Omar Reviewer');
  editor = await createTestActor(db.prisma, 'editor', 'Edith Editor');
});
afterAll(() => db.close());

async function article() {
  const { article } = await ingestArticle(db.prisma, {
    body: `Transport ${uniqueSuffix()}. The city bought 40 buses in 2023, the mayor said. Ridership doubled compared with 2019.`,
    format: 'text',
    publishedAt: '2024-02-01',
  });
  return article;
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const rationale = 'Procurement records show 40 buses delivered in 2023.';

describe('editing structured fields', () => {
  it('writes only changed fields and audits them before/after', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const updated = await updateClaimFields(db.prisma, reviewer, {
      id: claim.id,
      expectedVersion: 1,
      fields: {
        speaker: 'Mayor Ann Lee',
        counted: claim.counted,
        value: 41,
        low: 41,
        high: 41,
        timeStart: '2023-06-01',
        timeEnd: '2023-06-30',
      },
    });
    expect(updated).toMatchObject({ speaker: 'Mayor Ann Lee', value: 41, version: 2 });
    const [event] = await listClaimAudit(db.prisma, claim.id);
    // People by name in the trail, not by e-mail.
    expect(event).toMatchObject({ actor: 'Rita Reviewer', action: 'claim.fields_changed' });
    expect(event?.before).toEqual({
      speaker: claim.speaker,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      timeStart: claim.timeStart,
      timeEnd: claim.timeEnd,
    });
    expect(event?.after).toEqual({
      speaker: 'Mayor Ann Lee',
      value: 41,
      low: 41,
      high: 41,
      timeStart: '2023-06-01',
      timeEnd: '2023-06-30',
    });
  });

  it('rejects inconsistent fields with a clear error and stores nothing', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const error = await updateClaimFields(db.prisma, reviewer, {
      id: claim.id,
      expectedVersion: 1,
      fields: { low: 10, high: 5 },
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('BAD_INPUT');
    expect((error as AppError).message).toContain('The range starts at 10, above its end 5.');
    expect((await getClaimDetail(db.prisma, claim.id)).version).toBe(1);
  });

  it('checks a changed value against the range stored on the claim (3 in 2…2 is refused)', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const set = await updateClaimFields(db.prisma, reviewer, {
      id: claim.id,
      expectedVersion: 1,
      fields: { value: 2, low: 2, high: 2 },
    });
    const error = await updateClaimFields(db.prisma, reviewer, {
      id: claim.id,
      expectedVersion: set.version,
      fields: { value: 3 },
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('BAD_INPUT');
    expect((error as AppError).message).toContain("fields.value: The value 3 is above the range's high end 2.");
    expect((error as AppError).details?.['issues']).toEqual([
      { path: ['fields', 'value'], message: "The value 3 is above the range's high end 2." },
    ]);
    const stored = await getClaimDetail(db.prisma, claim.id);
    expect([stored.value, stored.version]).toEqual([2, set.version]);
  });

  it('two reviewers saving at once: one wins, the other gets a conflict naming who changed what', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const results = await Promise.allSettled([
      updateClaimFields(db.prisma, reviewer, { id: claim.id, expectedVersion: 1, fields: { speaker: 'Rita’s reading' } }),
      updateClaimFields(db.prisma, otherReviewer, { id: claim.id, expectedVersion: 1, fields: { speaker: 'Omar’s reading' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(codeOf(lost[0]?.reason)).toBe('CONFLICT');
    const stored = await getClaimDetail(db.prisma, claim.id);
    expect(stored.version).toBe(2);
    const audit = await listClaimAudit(db.prisma, claim.id);
    expect(audit).toHaveLength(1);
    // A later save at the stale version names the winner and their change.
    const late = await updateClaimFields(db.prisma, reviewer, {
      id: claim.id,
      expectedVersion: 1,
      fields: { place: 'Leeds' },
    }).catch((e: unknown) => e);
    expect((late as AppError).message).toBe(
      `This claim was changed by ${audit[0]?.actor} (changed speaker) since you opened it: it is now "new", version 2. Your change was not saved; reload to see theirs.`,
    );
    expect((late as AppError).details?.['current']).toMatchObject({ speaker: stored.speaker });
  });
});

describe('the queue and assignment', () => {
  it('filters by state, kind, assignee, article and check-worthiness, most check-worthy first', async () => {
    const a = await article();
    const [first, second] = a.claims;
    if (!first || !second) throw new Error('need two claims');
    await assignClaim(db.prisma, reviewer, { claimId: first.id, assigneeId: reviewer.id });
    await moveClaimState(db.prisma, reviewer, { id: second.id, to: 'in_review', expectedVersion: 1 });

    const all = await listClaims(db.prisma, reviewer, { articleId: a.id });
    expect(all.total).toBe(a.claims.length);
    const scores = all.items.map((c) => c.checkworthiness);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    // Queue rows (one SQL statement) carry exactly what the workbench reads for each claim.
    expect(all.items).toEqual(await Promise.all(all.items.map((c) => getClaimDetail(db.prisma, c.id))));
    const mine = await listClaims(db.prisma, reviewer, { articleId: a.id, assignee: 'me' });
    expect(mine.items.map((c) => c.id)).toEqual([first.id]);
    expect(mine.items[0]?.assignee).toEqual({ id: reviewer.id, name: 'Rita Reviewer', email: reviewer.label });
    const unassigned = await listClaims(db.prisma, reviewer, { articleId: a.id, assignee: 'unassigned' });
    expect(unassigned.items.map((c) => c.id)).not.toContain(first.id);
    expect((await listClaims(db.prisma, editor, { articleId: a.id, assignee: reviewer.id ?? '' })).total).toBe(1);
    expect((await listClaims(db.prisma, reviewer, { articleId: a.id, states: ['in_review'] })).items.map((c) => c.id)).toEqual([
      second.id,
    ]);
    const kind = second.kinds[0] ?? 'quantity';
    expect((await listClaims(db.prisma, reviewer, { articleId: a.id, kind })).items.every((c) => c.kinds.includes(kind))).toBe(
      true,
    );
    const threshold = Math.max(...scores);
    expect(
      (await listClaims(db.prisma, reviewer, { articleId: a.id, minCheckworthiness: threshold })).items.every(
        (c) => c.checkworthiness >= threshold,
      ),
    ).toBe(true);
    const firstPage = await listClaims(db.prisma, reviewer, { articleId: a.id, limit: 1 });
    const cursor = firstPage.nextCursor ?? undefined;
    expect((await listClaims(db.prisma, reviewer, { articleId: a.id, limit: 1, cursor })).items[0]?.id).toBe(all.items[1]?.id);
  });

  it('reviewers take and release claims for themselves; editors assign anyone', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const taken = await assignClaim(db.prisma, reviewer, { claimId: claim.id, assigneeId: reviewer.id });
    expect(taken.assignee?.id).toBe(reviewer.id);
    const grab = await assignClaim(db.prisma, otherReviewer, { claimId: claim.id, assigneeId: otherReviewer.id }).catch(
      (e: unknown) => e,
    );
    expect(codeOf(grab)).toBe('FORBIDDEN');
    expect((grab as AppError).message).toBe('Rita Reviewer has this claim; ask an editor to reassign it.');
    const moved = await assignClaim(db.prisma, editor, { claimId: claim.id, assigneeId: otherReviewer.id });
    expect(moved.assignee?.id).toBe(otherReviewer.id);
    // The queue's assignee filters follow every change (they read the claim's copy of its assignee).
    const queued = async (who: Actor, assignee: 'me' | 'unassigned') =>
      (await listClaims(db.prisma, who, { articleId: claim.articleId, assignee })).items.map((c) => c.id);
    expect(await queued(otherReviewer, 'me')).toEqual([claim.id]);
    expect(await queued(reviewer, 'me')).not.toContain(claim.id);
    expect(await queued(reviewer, 'unassigned')).not.toContain(claim.id);
    expect((await assignClaim(db.prisma, otherReviewer, { claimId: claim.id, assigneeId: null })).assignee).toBeNull();
    expect(await queued(otherReviewer, 'me')).toEqual([]);
    expect(await queued(reviewer, 'unassigned')).toContain(claim.id);
    const viewer = await createTestActor(db.prisma, 'viewer');
    expect(
      codeOf(await assignClaim(db.prisma, editor, { claimId: claim.id, assigneeId: viewer.id }).catch((e: unknown) => e)),
    ).toBe('BAD_INPUT');
    const actions = (await listClaimAudit(db.prisma, claim.id)).map((e) => e.action);
    expect(actions).toEqual(['claim.assigned', 'claim.assigned', 'claim.assigned']);
  });

  it('reviewers work on claims that are theirs or open; someone else’s claim is refused', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    await assignClaim(db.prisma, reviewer, { claimId: claim.id, assigneeId: reviewer.id });
    const attempts = [
      () => moveClaimState(db.prisma, otherReviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 }),
      () => updateClaimFields(db.prisma, otherReviewer, { id: claim.id, expectedVersion: 1, fields: { speaker: 'Someone' } }),
      () =>
        attachCitation(db.prisma, otherReviewer, {
          claimId: claim.id,
          sourceUrl: 'https://example.org/a',
          stance: 'supports',
          quote: 'forty buses',
        }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(codeOf(error)).toBe('FORBIDDEN');
      expect((error as AppError).message).toBe('Rita Reviewer has this claim; ask an editor to reassign it.');
    }
    await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
    const [label] = await listVerdictLabels(db.prisma);
    const submit = await submitReview(db.prisma, otherReviewer, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale,
      expectedVersion: 2,
    }).catch((e: unknown) => e);
    expect(codeOf(submit)).toBe('FORBIDDEN');
    expect(
      await updateClaimFields(db.prisma, editor, { id: claim.id, expectedVersion: 2, fields: { place: 'Leeds' } }),
    ).toMatchObject({ place: 'Leeds' });
    expect(await getClaimDetail(db.prisma, claim.id)).toMatchObject({ state: 'in_review', version: 3 });
  });
});

describe('comments, audit trail and corrections', () => {
  it('keeps comments and a full trail, and corrects a published verdict with a visible log', async () => {
    const claim = (await article()).claims[0];
    if (!claim) throw new Error('no claim');
    const labels = await listVerdictLabels(db.prisma);
    const trueLabel = labels.find((l) => l.slug === 'true');
    const falseLabel = labels.find((l) => l.slug === 'false');
    await addComment(db.prisma, reviewer, { claimId: claim.id, body: 'Asked the transport office for the fleet list.' });
    await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
    const review = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: trueLabel?.id ?? '',
      rationale,
      expectedVersion: 2,
    });
    await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });
    expect((await getClaimDetail(db.prisma, claim.id)).verdict?.slug).toBe('true');

    const early = await updateClaimFields(db.prisma, reviewer, { id: claim.id, expectedVersion: 4, fields: { value: 39 } }).catch(
      (e: unknown) => e,
    );
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    const denied = await correctVerdict(db.prisma, reviewer, {
      claimId: claim.id,
      expectedVersion: 4,
      reason: 'The fleet list shows 30 buses.',
    }).catch((e: unknown) => e);
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const correction = await correctVerdict(db.prisma, editor, {
      claimId: claim.id,
      expectedVersion: 4,
      reason: 'The fleet list shows 30 buses.',
    });
    expect(correction).toMatchObject({
      reviewId: review.id,
      previousVerdict: { slug: 'true' },
      reason: 'The fleet list shows 30 buses.',
      correctedBy: editor.label,
    });
    const voided = await getClaimDetail(db.prisma, claim.id);
    expect(voided).toMatchObject({ state: 'void', verdict: null, version: 5 });

    await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 5 });
    const second = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: falseLabel?.id ?? '',
      rationale,
      expectedVersion: 6,
    });
    await approveReview(db.prisma, editor, { reviewId: second.id, expectedVersion: 7 });
    expect((await getClaimDetail(db.prisma, claim.id)).verdict?.slug).toBe('false');
    const log = await listClaimCorrections(db.prisma, claim.id);
    expect(log).toHaveLength(1);
    expect(log[0]?.createdAt).toBeInstanceOf(Date);

    expect((await listClaimComments(db.prisma, claim.id)).map((c) => [c.author, c.body])).toEqual([
      ['Rita Reviewer', 'Asked the transport office for the fleet list.'],
    ]);
    const trail = (await listClaimAudit(db.prisma, claim.id)).map((e) => `${e.actor}:${e.action}`).reverse();
    expect(trail).toEqual([
      `Rita Reviewer:comment.added`,
      `Rita Reviewer:claim.state_changed`,
      `Rita Reviewer:claim.state_changed`,
      `Rita Reviewer:review.submitted`,
      `Edith Editor:claim.state_changed`,
      `Edith Editor:claim.state_changed`,
      `Edith Editor:verdict.corrected`,
      `Rita Reviewer:claim.state_changed`,
      `Rita Reviewer:claim.state_changed`,
      `Rita Reviewer:review.submitted`,
      `Edith Editor:claim.state_changed`,
    ]);
  });
});

describe('verdict scale administration', () => {
  it('lets admins edit and add labels; duplicates and non-admins are refused', async () => {
    const admin = await createTestActor(db.prisma, 'admin');
    const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'misleading');
    if (!label) throw new Error('no label');
    const edited = await editVerdictLabel(db.prisma, admin, {
      id: label.id,
      name: 'Misleading',
      colour: '#7a3fd0',
      description: 'Creates a false impression.',
      rating: 0,
    });
    expect(edited.colour).toBe('#7a3fd0');
    const slug = `needs-context-${uniqueSuffix()}`;
    const added = await addVerdictLabel(db.prisma, admin, {
      slug,
      name: 'Needs context',
      colour: '#0969da',
      description: 'True but missing context.',
      rating: 0,
    });
    expect((await listVerdictLabels(db.prisma)).at(-1)?.id).toBe(added.id);
    expect(
      codeOf(
        await addVerdictLabel(db.prisma, admin, { slug, name: 'Again', colour: '#0969da', description: '', rating: 0 }).catch(
          (e: unknown) => e,
        ),
      ),
    ).toBe('CONFLICT');
    expect(codeOf(await editVerdictLabel(db.prisma, editor, { ...edited, colour: '#000000' }).catch((e: unknown) => e))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await editVerdictLabel(db.prisma, admin, { ...edited, colour: 'purple' }).catch((e: unknown) => e))).toBe(
      'BAD_INPUT',
    );
  });
});
