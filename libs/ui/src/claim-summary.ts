import type { TClaim } from '@claimledger/contracts';
import { DURATION_UNITS, SHARE_UNITS } from '@claimledger/domain';

type SummaryFields = Pick<TClaim, 'value' | 'unit' | 'low' | 'high' | 'speaker' | 'timeStart' | 'timeEnd'>;

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/** A normalised amount for people: shares as percentages, "10 years", "2,000,000 USD". */
export function formatAmount(n: number, unit: string | null): string {
  if (unit && SHARE_UNITS.has(unit)) return `${number(n * 100)}%`;
  if (unit && DURATION_UNITS.has(unit)) return `${number(n)} ${unit}${n === 1 ? '' : 's'}`;
  return unit ? `${number(n)} ${unit}` : number(n);
}

function formatValue({ value, unit, low, high }: SummaryFields): string | null {
  const show = (n: number) => formatAmount(n, unit);
  if (value !== null) return show(value);
  if (low !== null && high !== null) return `${show(low)}–${show(high)}`;
  return null;
}

/** "2016", "2016-10", "2016-10-18" or "2010-01-01 → 2015-12-31". */
export function formatTimeScope(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  if (start === end) return start;
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  return `${start} → ${end}`;
}

/** One line for lists: value · speaker · time scope, whichever the claim has. */
export function summariseClaim(claim: SummaryFields): string {
  return [formatValue(claim), claim.speaker, formatTimeScope(claim.timeStart, claim.timeEnd)].filter(Boolean).join(' · ');
}
