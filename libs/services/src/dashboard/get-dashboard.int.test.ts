import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listVerdictLabels, submitReview } from '../review/reviews';
import { getDashboard } from './get-dashboard';

let db: Database;
let reviewer: Actor;
let editor: Actor;
let viewer: Actor;
const tag = uniqueSuffix();

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer', `Dana Dashboard ${tag}`);
  editor = await createTestActor(db.prisma, 'editor', `Ed Dashboard ${tag}`);
  viewer = await createTestActor(db.prisma, 'viewer');
});
afterAll(() => db.close());

/** Ingests a claim and publishes a verdict on it through review and approval. */
let ingested = 0;
async function publishOne(speaker: string) {
  ingested += 1;
  const { article } = await ingestArticle(db.prisma, {
    body: `Dashboard ${tag} ${speaker} ${ingested}\n\n"The city bought 40 buses in 2023," ${speaker} said.`,
    format: 'text',
    publisher: `Outlet ${tag}`,
  });
  // The quoted figure: a title with a random tag can read as a sentence claim of its own.
  const claim = article.claims.find((c) => c.sentence.includes('40 buses'));
  if (!claim) throw new Error('no claim');
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'mostly-true');
  await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
  const review = await submitReview(db.prisma, reviewer, {
    claimId: claim.id,
    verdictLabelId: label?.id ?? '',
    rationale: 'The procurement records list 40 buses.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });
}

describe('getDashboard', () => {
  it('counts claims by state, work per reviewer, time to verdict and verdicts by outlet and speaker', async () => {
    await publishOne(`Mayor Lee ${tag}`);
    await publishOne(`Mayor Lee ${tag}`);
    const dashboard = await getDashboard(db.prisma, editor, { days: 30 });
    expect(dashboard.claimsByState.find((s) => s.state === 'approved')?.count).toBeGreaterThanOrEqual(2);
    expect(dashboard.reviewers.find((r) => r.name === `Dana Dashboard ${tag}`)).toEqual({
      name: `Dana Dashboard ${tag}`,
      submitted: 2,
      approved: 2,
      sentBack: 0,
    });
    expect(dashboard.timeToVerdict.published).toBeGreaterThanOrEqual(2);
    expect(dashboard.timeToVerdict.medianHours).not.toBeNull();
    expect(dashboard.timeToVerdict.p90Hours ?? -1).toBeGreaterThanOrEqual(dashboard.timeToVerdict.medianHours ?? 0);
    const month = new Date().toISOString().slice(0, 7);
    expect(dashboard.verdictsByOutlet.filter((r) => r.group === `Outlet ${tag}`)).toEqual([
      { month, group: `Outlet ${tag}`, verdict: 'Mostly true', colour: expect.any(String) as string, count: 2 },
    ]);
    // Speakers as extraction found them ("Mayor Lee …", or "Unattributed"); both claims counted.
    expect(dashboard.verdictsBySpeaker.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(2);
  });

  it('looks only at its time window', async () => {
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const dashboard = await getDashboard(db.prisma, editor, { days: 1 }, later);
    expect(dashboard.verdictsByOutlet.some((r) => r.group === `Outlet ${tag}`)).toBe(false);
    expect(dashboard.reviewers.some((r) => r.name === `Dana Dashboard ${tag}`)).toBe(false);
  });

  it('is for editors: a viewer is refused, and a window over a year is bad input', async () => {
    await expect(getDashboard(db.prisma, viewer, { days: 30 })).rejects.toThrow(AppError);
    await expect(getDashboard(db.prisma, editor, { days: 5000 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
