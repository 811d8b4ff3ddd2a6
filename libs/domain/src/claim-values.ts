import type { ValueBound } from './claim-kind';

/** The numeric fields of a claim that must agree with one another. */
export type ClaimValues = {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  bound?: ValueBound | null;
};

export type ValueProblem = { field: 'value' | 'low' | 'high' | 'bound'; message: string };

const show = (n: number) => String(n);

/**
 * What makes a claim's value, range and bound contradict each other: a range whose low end is
 * above its high end, a value outside its range, an upper bound with a value above the range's
 * top or a lower bound with a value below its bottom, and a bound with no number to bound.
 * Empty when the fields agree; fields left out are not checked.
 */
export function claimValueProblems({ value, low, high, bound }: ClaimValues): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const hasLow = low !== null && low !== undefined;
  const hasHigh = high !== null && high !== undefined;
  const hasValue = value !== null && value !== undefined;
  if (hasLow && hasHigh && low > high)
    problems.push({ field: 'low', message: `The range starts at ${show(low)}, above its end ${show(high)}.` });
  if (hasValue && hasLow && value < low)
    problems.push({ field: 'value', message: `The value ${show(value)} is below the range's low end ${show(low)}.` });
  if (hasValue && hasHigh && value > high)
    problems.push({ field: 'value', message: `The value ${show(value)} is above the range's high end ${show(high)}.` });
  if (bound && !hasValue && !hasLow && !hasHigh)
    problems.push({ field: 'bound', message: 'A bound needs a value or a range to apply to.' });
  return problems;
}
