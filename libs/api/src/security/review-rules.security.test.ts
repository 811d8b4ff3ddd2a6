import { uniqueSuffix } from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTrpc, errorMessage, startHarness, type Harness } from './harness';

let h: Harness;
let trueLabelId = '';
beforeAll(async () => {
  h = await startHarness();
  const labels = await callTrpc(h.base, 'review.verdictLabels', undefined, { method: 'GET', actor: 'viewer' });
  trueLabelId = (labels.body as Array<{ id: string; slug: string }>).find((l) => l.slug === 'true')?.id ?? '';
});
afterAll(() => h.close());

/** A fresh claim moved into review and submitted by `author`; returns its id and version. */
async function submittedClaim(author: 'reviewer' | 'editor') {
  const ingest = await callTrpc(
    h.base,
    'article.ingest',
    { body: `Review ${uniqueSuffix()}. The bridge cost 80 million pounds in 2019.`, format: 'text' },
    { actor: author },
  );
  const claimId = (ingest.body as { article: { claims: Array<{ id: string }> } }).article.claims[0]?.id ?? '';
  expect((await callTrpc(h.base, 'claim.moveState', { id: claimId, to: 'in_review', expectedVersion: 1 }, { actor: author })).status).toBe(200);
  const added = await callTrpc(
    h.base,
    'citation.add',
    { claimId, sourceUrl: 'https://example.org/bridge', stance: 'supports', quote: '80 million pounds' },
    { actor: author },
  );
  expect(added.status).toBe(200);
  const review = await callTrpc(
    h.base,
    'review.submit',
    { claimId, verdictLabelId: trueLabelId, rationale: 'The audited accounts show 80 million pounds.', expectedVersion: 2 },
    { actor: author },
  );
  expect(review.status).toBe(200);
  return { claimId, reviewId: (review.body as { id: string }).id, version: 3 };
}

describe('fault 7: only someone who did not write a review decides it', () => {
  it('refuses an editor sending back their own review, and changes nothing', async () => {
    const { claimId, reviewId, version } = await submittedClaim('editor');
    const res = await callTrpc(h.base, 'review.sendBack', { reviewId, expectedVersion: version, comment: 'redo this please' }, { actor: 'editor' });
    expect(res.status).toBe(403);
    expect(errorMessage(res)).toMatch(/you wrote it/);
    const claim = await callTrpc(h.base, 'claim.get', { id: claimId }, { method: 'GET', actor: 'viewer' });
    expect(claim.body).toMatchObject({ state: 'submitted', version });
    const other = await callTrpc(h.base, 'review.sendBack', { reviewId, expectedVersion: version, comment: 'redo this please' }, { actor: 'admin' });
    expect(other.status).toBe(200);
  });
});

describe('fault 8: a published verdict changes only through review', () => {
  it('refuses a new citation on a published claim (and on one awaiting its second review)', async () => {
    const { claimId, reviewId, version } = await submittedClaim('reviewer');
    const cite = (actor: string) =>
      callTrpc(h.base, 'citation.add', { claimId, sourceUrl: 'https://evil.example.org/', stance: 'refutes', quote: 'it was free' }, { actor });
    expect((await cite('reviewer')).status).toBe(409);
    expect((await callTrpc(h.base, 'review.approve', { reviewId, expectedVersion: version }, { actor: 'editor' })).status).toBe(200);
    const refused = await cite('reviewer');
    expect(refused.status).toBe(409);
    expect(errorMessage(refused)).toMatch(/published.*correction/);
    expect((await cite('admin')).status).toBe(409);
    const sources = await callTrpc(h.base, 'citation.forClaim', { id: claimId }, { method: 'GET', actor: 'viewer' });
    expect((sources.body as Array<{ stance: string }>).map((c) => c.stance)).toEqual(['supports']);
    // Through the correction flow it may change again: void, back in review, then a citation.
    const corrected = await callTrpc(h.base, 'review.correct', { claimId, expectedVersion: version + 1, reason: 'A newer audit disagrees.' }, { actor: 'editor' });
    expect(corrected.status).toBe(200);
    expect((await callTrpc(h.base, 'claim.moveState', { id: claimId, to: 'in_review', expectedVersion: version + 2 }, { actor: 'reviewer' })).status).toBe(200);
    expect((await cite('reviewer')).status).toBe(200);
  });
});
