import type { TReportClaim } from '@claimledger/contracts';
import { stringify } from 'csv-stringify/sync';
import { day } from './report-options';

export const CSV_COLUMNS = [
  'claim_id',
  'claim',
  'kinds',
  'value',
  'unit',
  'speaker',
  'time_start',
  'time_end',
  'state',
  'checkworthiness',
  'verdict',
  'rating',
  'rationale',
  'reviewer',
  'approver',
  'published_on',
  'article_id',
  'article_title',
  'article_url',
  'sources',
] as const;

/** One CSV record per claim; several sources are joined with " | " in one cell. */
export function csvRecord(claim: TReportClaim): Record<(typeof CSV_COLUMNS)[number], string> {
  return {
    claim_id: claim.id,
    claim: claim.text,
    kinds: claim.kinds.join(' '),
    value: claim.value === null ? '' : String(claim.value),
    unit: claim.unit ?? '',
    speaker: claim.speaker ?? '',
    time_start: claim.timeStart ?? '',
    time_end: claim.timeEnd ?? '',
    state: claim.state,
    checkworthiness: claim.checkworthiness.toFixed(3),
    verdict: claim.verdict?.name ?? '',
    rating: claim.verdict ? String(claim.verdict.rating) : '',
    rationale: claim.review?.rationale ?? '',
    reviewer: claim.review?.reviewer ?? '',
    approver: claim.review?.approver ?? '',
    published_on: day(claim.review?.decidedAt) ?? '',
    article_id: claim.article.id,
    article_title: claim.article.title,
    article_url: claim.article.url ?? '',
    sources: claim.citations.map((c) => `${c.stance}: ${c.sourceUrl} "${c.quote}"`).join(' | '),
  };
}

/** Free-text cells starting with = + - @ get a leading ' so spreadsheets never run them as formulas. */
const TEXT_COLUMNS = new Set<string>([
  'claim',
  'speaker',
  'verdict',
  'rationale',
  'reviewer',
  'approver',
  'article_title',
  'sources',
]);
export const defuseCell = (column: string, value: string) =>
  TEXT_COLUMNS.has(column) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export function csvHeader(): string {
  return stringify([CSV_COLUMNS as unknown as string[]]);
}

export function csvLine(claim: TReportClaim): string {
  const record = csvRecord(claim);
  return stringify([CSV_COLUMNS.map((c) => defuseCell(c, record[c]))]);
}
