export const CLAIM_KINDS = ['quantity', 'count', 'ordinal', 'temporal', 'quote', 'comparison', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/** A whole text's kinds (`extract --jsonl` top level): a claim's, plus what the text claims happened, caused or holds. */
export const TEXT_KINDS = [...CLAIM_KINDS, 'event', 'causal', 'position'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export const VALUE_BOUNDS = ['exact', 'upper', 'lower', 'approximate'] as const;
export type ValueBound = (typeof VALUE_BOUNDS)[number];

/** Units of a claim's value that are shares of a whole (25 percent → 0.25, a third → 0.333…). */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', 'fraction']);
/** Units of a claim's value that are spans of time ("19 days" → 19 day). */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
  'morning',
  'evening',
  'night',
]);
