import { describe, expect, it } from 'vitest';
import { claimValueProblems } from './claim-values';

describe('claimValueProblems', () => {
  it('accepts a value inside its range', () => {
    expect(claimValueProblems({ value: 2, low: 2, high: 2, bound: 'exact' })).toEqual([]);
    expect(claimValueProblems({ value: 40, low: null, high: 40, bound: 'upper' })).toEqual([]);
  });
  it('refuses a value outside its range (the 3 in 2…2 of the issue)', () => {
    expect(claimValueProblems({ value: 3, low: 2, high: 2 })).toEqual([
      { field: 'value', message: "The value 3 is above the range's high end 2." },
    ]);
    expect(claimValueProblems({ value: 1, low: 2, high: null })[0]?.field).toBe('value');
  });
  it('refuses an inverted range and a bound with nothing to bound', () => {
    expect(claimValueProblems({ low: 5, high: 2 }).map((p) => p.field)).toEqual(['low']);
    expect(claimValueProblems({ value: null, low: null, high: null, bound: 'upper' }).map((p) => p.field)).toEqual(['bound']);
  });
});
