import { text } from 'node:stream/consumers';
import type { Database } from '@claimledger/db';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaimCitations } from '../citation/citations';
import { listClaims } from '../claim/claim-queue';
import { exportReport } from '../report/export-report';
import { ensureVerdictScale } from '@claimledger/db';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { ingestArticle } from '../article/ingest-article';
import { DEMO_ARTICLES } from './demo-articles';
import { seedDemoReviews } from './seed-demo-reviews';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('demo data', () => {
  it('includes a published review with an archived citation and one awaiting approval, so a fresh start can export', async () => {
    await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
    await ingestArticle(db.prisma, DEMO_ARTICLES[0] ?? { body: '', format: 'text' });
    const reviewer = await createTestActor(db.prisma, 'reviewer');
    const editor = await createTestActor(db.prisma, 'editor');
    expect(await seedDemoReviews(db.prisma, { reviewer, editor })).toBe(true);
    const published = await listClaims(db.prisma, editor, { states: ['approved'] });
    const demo = published.items.find((c) => c.text === '38 percent');
    expect(demo).toMatchObject({ verdict: { slug: 'mostly-false' }, speaker: 'Elena Marsh' });
    const [citation] = await listClaimCitations(db.prisma, demo?.id ?? '');
    expect(citation?.archive).toMatchObject({ status: 'archived', quoteFound: true });
    expect((await listClaims(db.prisma, editor, { states: ['submitted'] })).items.map((c) => c.text)).toContain(
      '240 new teachers',
    );
    const report = await exportReport(
      db.prisma,
      editor,
      { format: 'claimreview', claimId: demo?.id },
      {
        organisation: { name: 'Demo', url: 'http://localhost:3000' },
        publicUrl: 'http://localhost:3000',
        title: 'Demo',
        generatedAt: new Date(),
      },
    );
    expect(JSON.parse(await text(report.stream))).toHaveLength(1);
    expect(await seedDemoReviews(db.prisma, { reviewer, editor })).toBe(false);
  });
});
