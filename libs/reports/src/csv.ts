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

/** Cells we format from numbers: a leading minus there is a sign, not a formula. */
const NUMBER_COLUMNS = new Set<string>(['value', 'rating', 'checkworthiness']);
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Every cell that could start a spreadsheet formula (= + - @, tab or carriage return first)
 * gets a leading ' so Excel, LibreOffice and Sheets show it as text. Only the numbers we
 * formatted ourselves stay as they are.
 */
export const defuseCell = (column: string, value: string) =>
  /^[=+\-@\t\r]/.test(value) && !(NUMBER_COLUMNS.has(column) && NUMBER.test(value)) ? `'${value}` : value;

/** A UTF-8 byte order mark first, so Excel reads curly quotes and accents as UTF-8. */
export const CSV_BOM = '\uFEFF';

export function csvHeader(): string {
  return CSV_BOM + stringify([CSV_COLUMNS as unknown as string[]]);
}

export function csvLine(claim: TReportClaim): string {
  const record = csvRecord(claim);
  return stringify([CSV_COLUMNS.map((c) => defuseCell(c, record[c]))]);
}
