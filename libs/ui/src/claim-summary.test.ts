import { describe, expect, it } from 'vitest';
import { formatTimeScope, summariseClaim } from './claim-summary';

const base = { value: null, unit: null, low: null, high: null, speaker: null, timeStart: null, timeEnd: null };

describe('summariseClaim', () => {
  it('joins value, speaker and time scope', () => {
    expect(
      summariseClaim({
        ...base,
        value: 1_000_000,
        low: 1_000_000,
        high: 1_000_000,
        speaker: 'Benjamin Netanyahu',
        timeStart: '2016-01-01',
        timeEnd: '2016-12-31',
      }),
    ).toBe('1,000,000 · Benjamin Netanyahu · 2016');
  });
  it('shows percentages, currencies and ranges', () => {
    expect(summariseClaim({ ...base, value: 0.25, unit: 'percent' })).toBe('25%');
    expect(summariseClaim({ ...base, value: 412e6, unit: 'USD' })).toBe('412,000,000 USD');
    expect(summariseClaim({ ...base, low: 20, high: 30 })).toBe('20–30');
    expect(summariseClaim(base)).toBe('');
  });
  it('shows shares as percentages and durations with their unit', () => {
    expect(summariseClaim({ ...base, value: 1 / 3, unit: 'fraction' })).toBe('33.3333%');
    expect(summariseClaim({ ...base, value: 10, unit: 'year' })).toBe('10 years');
    expect(summariseClaim({ ...base, value: 1, unit: 'day' })).toBe('1 day');
  });
  it('names days, months, years and spans', () => {
    expect(formatTimeScope('1991-10-18', '1991-10-18')).toBe('1991-10-18');
    expect(formatTimeScope('2015-11-01', '2015-11-30')).toBe('2015-11');
    expect(formatTimeScope('2010-01-01', '2015-12-31')).toBe('2010-01-01 → 2015-12-31');
  });
});
