// The values battery (golden/values.jsonl): one value expression a row, labelled in the
// guideline's terms (4% as 4, a third as 0.333), scored like the news sets' values.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractClaims } from '../src/extract';
import { readSpanValue } from '../src/read-value';
import type { ExtractedClaim } from '../src/types';
import { overlapsSpan, productValues, sameValue } from './news-gold';

const ZRow = z.object({
  text: z.string(),
  span: z.string(),
  value: z.number().nullable(),
  form: z.string(),
  low: z.number().optional(),
  high: z.number().optional(),
  open: z.string().optional(),
  why: z.string().optional(),
});
export type ValueRow = z.infer<typeof ZRow>;

/** A battery's rows: `values` (the first) or `values-2` (the second round). */
export function readValueRows(name = 'values'): ValueRow[] {
  const file = path.resolve(import.meta.dirname, `../golden/${name}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ZRow.parse(JSON.parse(l)));
}

/**
 * The claim over the row's span (the first, as the news sets score), else the product reading the
 * span; a row with no value is read in its sentence only (a span such as "787" alone is a number).
 */
export function rowClaim(row: ValueRow): ExtractedClaim | null {
  const start = row.text.indexOf(row.span);
  const at = { start, end: start + row.span.length };
  const claims = extractClaims(row.text, { publishedAt: '2026-12-01' });
  const over = claims.find((c) => overlapsSpan(at, c));
  if (over || (row.value === null && row.low === undefined)) return over ?? null;
  return readSpanValue(row.span);
}

const inGuideline = (claim: ExtractedClaim, n: number | null | undefined) =>
  n === null || n === undefined ? null : claim.unit === 'percent' ? Number((n * 100).toPrecision(12)) : n;

/**
 * Right when the claim's value (or its year) is the label; a range when both ends are; a row
 * with no value when no claim over it carries one.
 */
export function isRowRight(row: ValueRow, claim: ExtractedClaim | null): boolean {
  if (row.low !== undefined && row.high !== undefined)
    return !!claim && sameValue(row.low, inGuideline(claim, claim.low)) && sameValue(row.high, inGuideline(claim, claim.high));
  // A dated statement's value is its year, read from the date, not from the span ("Article 50 … in March 2017").
  if (row.value === null) return !claim || claim.value === null || claim.value === Number(claim.timeStart?.slice(0, 4));
  const value = row.value;
  return !!claim && productValues(claim).some((v) => sameValue(value, v));
}

/** The peer reads one number from the span: a range is right for it when that is either end. */
export function isPeerRight(row: ValueRow, peer: number | null): boolean {
  if (row.low !== undefined && row.high !== undefined) return false;
  if (row.value === null) return peer === null;
  return sameValue(row.value, peer);
}
