import { ensureVerdictScale, type Database } from '@claimledger/db';
import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE, type Actor, type Role } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listClaimReviews, listVerdictLabels, sendBackReview, submitReview } from './reviews';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
});
afterAll(() => db.close());

async function person(role: Role): Promise<Actor> {
  const email = `${role}.${uniqueSuffix()}@example.org`;
  const user = await db.prisma.user.create({ data: { email, name: role, role } });
  return { id: user.id, label: email, role };
}

async function claimInReview(actor: Actor) {
  const { article } = await ingestArticle(db.prisma, {
    body: `Roads ${uniqueSuffix()}: the county paved 120 miles of road in 2023.`,
    format: 'text',
  });
  const claim = article.claims.find((c) => c.value === 120);
  if (!claim) throw new Error('claim not extracted');
  return moveClaimState(db.prisma, actor, { id: claim.id, to: 'in_review', expectedVersion: 1 });
}

const rationale = 'County records show 118 miles paved in 2023, close to the claim.';

describe('reviews and the second review', () => {
  it('offers the default scale: six steps from True to Fabricated, plus Misleading and Unverifiable', async () => {
    // Other tests sharing this database may add labels after these eight.
    const labels = (await listVerdictLabels(db.prisma)).slice(0, 8);
    expect(labels.map((l) => l.name)).toEqual([
      'True',
      'Mostly true',
      'Half true',
      'Mostly false',
      'False',
      'Fabricated',
      'Misleading',
      'Unverifiable',
    ]);
  });

  it('a reviewer submits, a different editor approves: the claim is published with the verdict', async () => {
    const reviewer = await person('reviewer');
    const editor = await person('editor');
    const claim = await claimInReview(reviewer);
    const mostlyTrue = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'mostly-true');
    const review = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: mostlyTrue?.id ?? '',
      rationale,
      expectedVersion: 2,
    });
    expect(review).toMatchObject({ state: 'submitted', reviewer: reviewer.label, verdict: { slug: 'mostly-true' } });
    const approved = await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });
    expect(approved).toMatchObject({ state: 'approved', approver: editor.label });
    const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ state: 'approved', verdictLabelId: mostlyTrue?.id, version: 4 });
    expect((await listClaimReviews(db.prisma, claim.id)).map((r) => r.state)).toEqual(['approved']);
  });

  it('never lets the author approve their own review, even as an editor', async () => {
    const editor = await person('editor');
    const claim = await claimInReview(editor);
    const label = (await listVerdictLabels(db.prisma))[0];
    const review = await submitReview(db.prisma, editor, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale,
      expectedVersion: 2,
    });
    const error = await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    expect((error as AppError).message).toBe('A second person must approve: you wrote this review.');
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe('submitted');
  });

  it('an editor sends a review back with a comment; reviewers cannot approve', async () => {
    const reviewer = await person('reviewer');
    const otherReviewer = await person('reviewer');
    const editor = await person('editor');
    const claim = await claimInReview(reviewer);
    const label = (await listVerdictLabels(db.prisma))[2];
    const review = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale,
      expectedVersion: 2,
    });
    const denied = await approveReview(db.prisma, otherReviewer, { reviewId: review.id, expectedVersion: 3 }).catch(
      (e: unknown) => e,
    );
    expect((denied as AppError).code).toBe('FORBIDDEN');
    const sent = await sendBackReview(db.prisma, editor, {
      reviewId: review.id,
      expectedVersion: 3,
      comment: 'Cite the county records, please.',
    });
    expect(sent).toMatchObject({ state: 'rejected', decisionComment: 'Cite the county records, please.' });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe('sent_back');
    const again = await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 4 }).catch((e: unknown) => e);
    expect((again as AppError).code).toBe('CONFLICT');
  });

  it('refuses a short rationale and a stale version, storing nothing', async () => {
    const reviewer = await person('reviewer');
    const claim = await claimInReview(reviewer);
    const label = (await listVerdictLabels(db.prisma))[0];
    const short = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale: 'ok',
      expectedVersion: 2,
    }).catch((e: unknown) => e);
    expect((short as AppError).message).toMatch(/at least 20 characters/);
    const stale = await submitReview(db.prisma, reviewer, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale,
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe('CONFLICT');
    expect(await db.prisma.review.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
