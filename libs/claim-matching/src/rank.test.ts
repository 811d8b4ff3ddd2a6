import { beforeAll, describe, expect, it } from 'vitest';
import { MATCHER_VERSION, hasValueChange, rankCandidates, statedNumbers } from './index.ts';

describe('rankCandidates', () => {
  // The first call loads the word vectors.
  beforeAll(() => rankCandidates({ id: 'w', text: 'warm up' }, []), 300_000);

  it('puts the same claim in other words first', () => {
    const ranked = rankCandidates({ id: 'q', text: 'Putin and Netanyahu spoke by phone for the sixth time this year' }, [
      { id: 'other', text: 'The central bank raised interest rates in December' },
      { id: 'same', text: 'It was the sixth phone call between Netanyahu and Putin this year' },
    ]);
    expect(ranked.map((match) => match.id)).toEqual(['same', 'other']);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 1);
  });

  it('flags a different number as a value change, not as identical', () => {
    const [match] = rankCandidates({ id: 'q', text: 'the fifth call between the leaders this year' }, [
      { id: 'c', text: 'the sixth call between the leaders this year' },
    ]);
    expect(match?.valueChange).toBe(true);
  });

  it('keeps the limit and names the trained model', () => {
    const candidates = ['a', 'b', 'c'].map((id) => ({ id, text: `claim ${id} about taxes` }));
    expect(rankCandidates({ id: 'q', text: 'taxes' }, candidates, 2)).toHaveLength(2);
    expect(MATCHER_VERSION).toMatch(/^cl-match-/);
  });
});

describe('statedNumbers', () => {
  it('reads digits, scales and words alike', () => {
    expect(statedNumbers('1.5 million people')).toEqual([1_500_000]);
    expect(statedNumbers('a million Russian speakers')).toEqual([1_000_000]);
    expect(statedNumbers('the 6th call')).toEqual([6]);
    expect(hasValueChange('the sixth call', 'the 6th call')).toBe(false);
  });

  it('reads number words in any case and nothing from other words', () => {
    expect(statedNumbers('Two Thousand homes, 5 Million more')).toEqual([2_000, 5_000_000]);
    expect(statedNumbers('Twenty-one tenths')).toEqual([20, 1]);
    // Words an object would inherit are no numbers ("constructor" was read as one).
    expect(statedNumbers('The constructor built 3 homes; toString of eleventh')).toEqual([3, 11]);
    expect(hasValueChange('The constructor built homes', 'The constructor built 3 homes')).toBe(false);
  });
});
