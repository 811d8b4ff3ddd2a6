import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('covers the whole text once, innermost claim first', () => {
    const text = 'He said “we have a million speakers” today.';
    const quote = { id: 'q', start: 9, end: 35 };
    const number = { id: 'n', start: 17, end: 35 };
    const segments = segmentText(text.length, [quote, number]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segments.find((s) => s.start === 17)?.claimIds).toEqual(['n', 'q']);
    expect(segments.find((s) => s.start === 9)?.claimIds).toEqual(['q']);
    expect(segments[0]?.claimIds).toEqual([]);
  });

  it('drops spans outside the text', () => {
    expect(segmentText(5, [{ id: 'x', start: 3, end: 9 }])).toEqual([{ start: 0, end: 5, claimIds: [] }]);
  });
});
