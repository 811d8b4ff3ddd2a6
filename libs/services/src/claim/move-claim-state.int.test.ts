import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { listVerdictLabels, submitReview } from '../review/reviews';
import { moveClaimState } from './move-claim-state';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const actor = { id: null, label: 'test', role: 'editor' } as const;

async function freshClaim() {
  const { article } = await ingestArticle(db.prisma, {
    body: `Budget ${uniqueSuffix()}: the city spent $12 million on 40 buses in 2023.`,
    format: 'text',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('no claim extracted');
  return claim;
}

describe('moveClaimState', () => {
  it('moves along the workflow, bumps the version and audits the change', async () => {
    const claim = await freshClaim();
    const moved = await moveClaimState(db.prisma, actor, { id: claim.id, to: 'in_review', expectedVersion: 1 });
    expect(moved).toMatchObject({ state: 'in_review', version: 2 });
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: claim.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'claim.state_changed',
      before: { state: 'new', version: 1 },
      after: { state: 'in_review', version: 2 },
    });
  });

  it('refuses a transition the workflow does not allow', async () => {
    const claim = await freshClaim();
    const error = await moveClaimState(db.prisma, actor, { id: claim.id, to: 'approved', expectedVersion: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_TRANSITION');
  });

  it('never loses an update: of two parallel writers exactly one wins, the other gets a conflict', async () => {
    const claim = await freshClaim();
    const results = await Promise.allSettled([
      moveClaimState(db.prisma, actor, { id: claim.id, to: 'in_review', expectedVersion: 1 }),
      moveClaimState(db.prisma, actor, { id: claim.id, to: 'not_checkworthy', expectedVersion: 1 }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]?.reason as AppError).code).toBe('CONFLICT');
    const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { entityId: claim.id } })).toBe(1);
  });

  it('submits, publishes and sends back only through reviews, never by a move, whatever the role', async () => {
    const claim = await freshClaim();
    await moveClaimState(db.prisma, actor, { id: claim.id, to: 'in_review', expectedVersion: 1 });
    const bare = await moveClaimState(db.prisma, actor, { id: claim.id, to: 'submitted', expectedVersion: 2 }).catch(
      (e: unknown) => e,
    );
    expect((bare as AppError).code).toBe('INVALID_TRANSITION');
    await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
    const [label] = await listVerdictLabels(db.prisma);
    const author = await createTestActor(db.prisma, 'reviewer');
    await submitReview(db.prisma, author, {
      claimId: claim.id,
      verdictLabelId: label?.id ?? '',
      rationale: 'Bus fleet records list 40 buses bought.',
      expectedVersion: 2,
    });
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      for (const to of ['approved', 'sent_back'] as const) {
        const error = await moveClaimState(
          db.prisma,
          { id: null, label: role, role },
          { id: claim.id, to, expectedVersion: 3 },
        ).catch((e: unknown) => e);
        expect((error as AppError).code).toBe('INVALID_TRANSITION');
        expect((error as AppError).message).toMatch(/is reached through a review \(submit, approve, send back\) or a correction/);
      }
    }
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe('submitted');
  });

  it('reports a missing claim as NOT_FOUND', async () => {
    const error = await moveClaimState(db.prisma, actor, { id: 'nosuchclaim', to: 'in_review', expectedVersion: 1 }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('NOT_FOUND');
  });
});
