import { Readable } from 'node:stream';
import type { TExportFormat, TReportClaim } from '@claimledger/contracts';
import { claimReviewProblems, toClaimReview } from './claimreview/claim-review';
import { csvHeader, csvLine } from './csv';
import { markdownArticle, markdownClaim, markdownHeader } from './markdown';
import { renderPdf } from './pdf';
import type { ReportOptions } from './report-options';

export const REPORT_TYPES: Record<TExportFormat, { contentType: string; extension: string }> = {
  claimreview: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
};

/** A JSON array of ClaimReview objects, one per claim; an invalid one stops the stream with the reason. */
async function* claimReviewChunks(claims: AsyncIterable<TReportClaim>, options: ReportOptions) {
  yield '[';
  let first = true;
  for await (const claim of claims) {
    const review = toClaimReview(claim, options);
    const problems = claimReviewProblems(review);
    if (problems.length > 0) throw new Error(`claim ${claim.id}: ${problems.join('; ')}`);
    yield `${first ? '\n' : ',\n'}${JSON.stringify(review)}`;
    first = false;
  }
  yield '\n]\n';
}

async function* markdownChunks(claims: AsyncIterable<TReportClaim>, options: ReportOptions) {
  yield markdownHeader(options);
  let articleId: string | null = null;
  for await (const claim of claims) {
    if (claim.article.id !== articleId) {
      articleId = claim.article.id;
      yield markdownArticle(claim.article);
    }
    yield markdownClaim(claim, options);
  }
}

async function* csvChunks(claims: AsyncIterable<TReportClaim>) {
  yield csvHeader();
  for await (const claim of claims) yield csvLine(claim);
}

/** Renders claims as a report stream in one of the four formats, reading claims as it writes. */
export function renderReport(format: TExportFormat, claims: AsyncIterable<TReportClaim>, options: ReportOptions): Readable {
  switch (format) {
    case 'claimreview':
      return Readable.from(claimReviewChunks(claims, options), { objectMode: false });
    case 'markdown':
      return Readable.from(markdownChunks(claims, options), { objectMode: false });
    case 'csv':
      return Readable.from(csvChunks(claims), { objectMode: false });
    case 'pdf':
      return renderPdf(claims, options);
  }
}
