import { text } from 'node:stream/consumers';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, insertBenchData, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError, DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { claimReviewProblems, type ReportOptions } from '@claimledger/reports';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { attachCitation } from '../citation/citations';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listVerdictLabels, submitReview } from '../review/reviews';
import { MAX_PDF_CLAIMS, exportReport, getPublishedClaim } from './export-report';

const options: ReportOptions = {
  organisation: { name: 'Test Desk', url: 'https://desk.example.org' },
  publicUrl: 'https://claims.example.org',
  title: 'Report',
  generatedAt: new Date('2026-11-26T00:00:00Z'),
};

let db: Database;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer');
  editor = await createTestActor(db.prisma, 'editor');
});
afterAll(() => db.close());

/** An article whose first claim is published with a citation; the others stay new. */
async function publishedArticle(url?: string) {
  const { article } = await ingestArticle(db.prisma, {
    body: `Ports ${uniqueSuffix()}. The port handled 9 million containers in 2023, the harbour master said. Traffic rose 12 percent.`,
    format: 'text',
    url,
    publishedAt: '2024-03-01',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('no claim');
  await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
  await attachCitation(db.prisma, reviewer, {
    claimId: claim.id,
    sourceUrl: 'https://port.example.org/2023',
    stance: 'supports',
    quote: '9.1 million containers',
  });
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'mostly-true');
  const review = await submitReview(db.prisma, reviewer, {
    claimId: claim.id,
    verdictLabelId: label?.id ?? '',
    rationale: 'The port authority reports 9.1 million containers.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });
  return { article, claim };
}

describe('exportReport', () => {
  it('exports an article in all four formats', async () => {
    const { article, claim } = await publishedArticle(`https://news.example.com/${uniqueSuffix()}`);
    const csv = await exportReport(db.prisma, editor, { format: 'csv', articleId: article.id }, options);
    expect(csv).toMatchObject({
      contentType: 'text/csv; charset=utf-8',
      fileName: `claimledger-article-${article.id}.csv`,
      claimCount: article.claims.length,
    });
    const rows = parse(await text(csv.stream), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['claim_id'])).toEqual(article.claims.map((c) => c.id));
    expect(rows[0]).toMatchObject({
      state: 'approved',
      verdict: 'Mostly true',
      rating: '5',
      reviewer: reviewer.label,
      approver: editor.label,
    });
    expect(rows[0]?.['sources']).toBe('supports: https://port.example.org/2023 "9.1 million containers"');

    const jsonld = JSON.parse(
      await text((await exportReport(db.prisma, editor, { format: 'claimreview', articleId: article.id }, options)).stream),
    ) as Record<string, unknown>[];
    expect(jsonld).toHaveLength(1);
    expect(jsonld[0]).toMatchObject({
      claimReviewed: claim.sentence,
      url: `https://claims.example.org/published/${claim.id}`,
      reviewRating: { alternateName: 'Mostly true', ratingValue: 5, bestRating: 6, worstRating: 1 },
    });
    expect(claimReviewProblems(jsonld[0] ?? {})).toEqual([]);

    const md = await text((await exportReport(db.prisma, editor, { format: 'markdown', claimId: claim.id }, options)).stream);
    expect(md).toContain('- **Verdict:** Mostly true (approved)');
    const pdf = await exportReport(db.prisma, editor, { format: 'pdf', articleId: article.id }, options);
    expect((await text(pdf.stream)).slice(0, 5)).toBe('%PDF-');
    expect(await db.prisma.report.count({ where: { createdById: editor.id } })).toBeGreaterThanOrEqual(4);
  });

  it('refuses a ClaimReview export that would be invalid, saying which claim and why', async () => {
    const { article, claim } = await publishedArticle();
    const error = await exportReport(db.prisma, editor, { format: 'claimreview', articleId: article.id }, options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNPROCESSABLE');
    expect((error as AppError).message).toContain(`claim ${claim.id}`);
    expect((error as AppError).message).toContain('its article has no URL, so the claim has no appearance');
  });

  it('refuses a ClaimReview export the settings spoil (no organisation name) before its first byte', async () => {
    const { article } = await publishedArticle('https://news.example.org/ports-settings');
    const unnamed = { ...options, organisation: { ...options.organisation, name: '' } };
    const error = await exportReport(db.prisma, editor, { format: 'claimreview', articleId: article.id }, unnamed).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('UNPROCESSABLE');
    expect((error as AppError).message).toContain('/author/name');
    // With the name, the same export is valid.
    const ok = await exportReport(db.prisma, editor, { format: 'claimreview', articleId: article.id }, options);
    expect(JSON.parse(await text(ok.stream))).toHaveLength(1);
  });

  it('refuses a PDF larger than it can hold, pointing to the streaming formats', async () => {
    await insertBenchData(db.prisma, 1, MAX_PDF_CLAIMS + 1);
    const error = await exportReport(db.prisma, editor, { format: 'pdf', state: 'approved', kind: 'count' }, options).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('UNPROCESSABLE');
    expect((error as AppError).message).toMatch(
      /^A PDF report holds at most 5,000 claims \(this one would have [\d,]+\): narrow the filter or export CSV, Markdown or ClaimReview\.$/,
    );
  });

  it('is for editors; ClaimReview covers published reviews only', async () => {
    const denied = await exportReport(db.prisma, reviewer, { format: 'csv' }, options).catch((e: unknown) => e);
    expect((denied as AppError).code).toBe('FORBIDDEN');
    const wrong = await exportReport(db.prisma, editor, { format: 'claimreview', state: 'new' }, options).catch(
      (e: unknown) => e,
    );
    expect((wrong as AppError).code).toBe('BAD_INPUT');
    const bad = await exportReport(db.prisma, editor, { format: 'docx' as 'csv' }, options).catch((e: unknown) => e);
    expect((bad as AppError).code).toBe('BAD_INPUT');
  });

  it('shows a published claim publicly and nothing before it is published', async () => {
    const { article, claim } = await publishedArticle('https://news.example.com/x');
    expect(await getPublishedClaim(db.prisma, claim.id)).toMatchObject({
      id: claim.id,
      verdict: { name: 'Mostly true' },
      citations: [{ quote: '9.1 million containers' }],
    });
    const unpublished = article.claims[1];
    const error = await getPublishedClaim(db.prisma, unpublished?.id ?? '').catch((e: unknown) => e);
    expect((error as AppError).code).toBe('NOT_FOUND');
  });
});
