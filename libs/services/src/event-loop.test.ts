import { describe, expect, it } from 'vitest';
import { CLAIMS_PER_PART, ONE_PART_MAX, claimParts } from './event-loop';

describe('claimParts', () => {
  it('keeps a news-sized article in one part and splits a large one into short parts, in order', () => {
    expect(claimParts([])).toEqual([]);
    const news = Array.from({ length: ONE_PART_MAX }, (_, i) => i);
    expect(claimParts(news)).toEqual([news]);
    const large = Array.from({ length: ONE_PART_MAX * 5 + 3 }, (_, i) => i);
    const parts = claimParts(large);
    expect(parts.every((p) => p.length <= CLAIMS_PER_PART)).toBe(true);
    expect(parts.flat()).toEqual(large);
  });
});
