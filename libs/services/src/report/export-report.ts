import type { Readable } from 'node:stream';
import { ZExportRequest, parseInput, type TExportFilter, type TExportRequest, type TReportClaim } from '@claimledger/contracts';
import {
  countReportClaims,
  findClaimsWithoutAppearance,
  insertReport,
  listReportClaims,
  loadRatingBounds,
  type DbClient,
} from '@claimledger/db';
import { AppError, can, type Actor } from '@claimledger/domain';
import { REPORT_TYPES, claimReviewProblems, renderReport, toClaimReview, type ReportOptions } from '@claimledger/reports';

const PAGE = 500;
const MAX_REASONS = 10;
/** pdfkit keeps per-page objects until the document ends, so PDF memory grows with size. */
export const MAX_PDF_CLAIMS = 5_000;

/** Every claim the filter selects, read page by page so memory stays flat however many there are. */
export async function* reportClaims(db: DbClient, filter: TExportFilter): AsyncGenerator<TReportClaim> {
  const bounds = await loadRatingBounds(db);
  let after: string | undefined;
  for (;;) {
    const page = await listReportClaims(db, filter, bounds, PAGE, after);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)?.id;
  }
}

/**
 * Refuses a ClaimReview export that would publish invalid objects, listing why, before the
 * first byte: the claims whose article has no URL (one query), or else the first claim
 * validated in full (a fault of the settings, such as the organisation's URL, would spoil
 * every object). The stream still validates every object and stops at one that is invalid.
 */
async function assertPublishable(db: DbClient, filter: TExportFilter, options: ReportOptions): Promise<void> {
  const bounds = await loadRatingBounds(db);
  const { count, ids } = await findClaimsWithoutAppearance(db, filter, MAX_REASONS);
  const sample = count > 0 ? ids : [(await listReportClaims(db, filter, bounds, 1))[0]?.id].filter((id) => id !== undefined);
  const reasons: string[] = [];
  for (const claimId of sample) {
    const [claim] = await listReportClaims(db, { ...filter, claimId }, bounds, 1);
    const problems = claim ? claimReviewProblems(toClaimReview(claim, options)) : [];
    if (claim && problems.length) reasons.push(`claim ${claim.id} ("${claim.text.slice(0, 60)}"): ${problems.join('; ')}`);
  }
  if (reasons.length > 0) {
    const invalid = Math.max(count, reasons.length);
    throw new AppError(
      'UNPROCESSABLE',
      `${invalid} published review(s) cannot be exported as valid ClaimReview: ${reasons.join(' | ')}`,
      { reasons },
    );
  }
}

export type ExportedReport = { stream: Readable; contentType: string; fileName: string; claimCount: number };

/** What an export request selects once checked: its format and the filter it really applies. */
export type ResolvedExport = { format: TExportRequest['format']; filter: TExportFilter };

/**
 * Checks an export request the same way for direct and background exports: the input, the
 * actor's `report:export` permission, and ClaimReview's approved-only rule.
 */
export function resolveExport(actor: Actor, raw: TExportRequest): ResolvedExport {
  const { format, ...requested } = parseInput(ZExportRequest, raw);
  if (!can(actor.role, 'report:export'))
    throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow report:export.`);
  if (format === 'claimreview' && requested.state && requested.state !== 'approved') {
    throw new AppError('BAD_INPUT', 'ClaimReview publishes approved reviews only: use state "approved" or leave it out.');
  }
  return { format, filter: format === 'claimreview' ? { ...requested, state: 'approved' } : requested };
}

/** The download name of a report: its scope and the format's extension. */
export function reportFileName({ format, filter }: ResolvedExport): string {
  const scope = filter.claimId
    ? `claim-${filter.claimId}`
    : filter.articleId
      ? `article-${filter.articleId}`
      : filter.groupId
        ? `tracked-${filter.groupId}`
        : 'claims';
  return `claimledger-${scope}.${REPORT_TYPES[format].extension}`;
}

/**
 * An editor's verification report as a stream: ClaimReview JSON-LD (published reviews only,
 * refused with reasons when any would be invalid), Markdown, PDF or CSV.
 */
export async function exportReport(
  db: DbClient,
  actor: Actor,
  raw: TExportRequest,
  options: ReportOptions,
): Promise<ExportedReport> {
  const resolved = resolveExport(actor, raw);
  const { format, filter } = resolved;
  const claimCount = await countReportClaims(db, filter);
  if (format === 'pdf' && claimCount > MAX_PDF_CLAIMS) {
    throw new AppError(
      'UNPROCESSABLE',
      `A PDF report holds at most ${MAX_PDF_CLAIMS.toLocaleString('en')} claims (this one would have ${claimCount.toLocaleString('en')}): narrow the filter or export CSV, Markdown or ClaimReview.`,
    );
  }
  if (format === 'claimreview') await assertPublishable(db, filter, options);
  await insertReport(db, { format, filter, claimCount, createdById: actor.id });
  return {
    stream: renderReport(format, reportClaims(db, filter), options),
    contentType: REPORT_TYPES[format].contentType,
    fileName: reportFileName(resolved),
    claimCount,
  };
}

/** A published claim as the public review page and the API show it; NOT_FOUND until approved. */
export async function getPublishedClaim(db: DbClient, claimId: string): Promise<TReportClaim> {
  const [claim] = await listReportClaims(db, { claimId, state: 'approved' }, await loadRatingBounds(db), 1);
  if (!claim) throw new AppError('NOT_FOUND', 'No published review for this claim.');
  return claim;
}
