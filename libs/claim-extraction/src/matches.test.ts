import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, pattern.flags))];

describe('matchesOf', () => {
  it('gives what matchAll gives', () => {
    const cases: Array<[RegExp, string]> = [
      [/\d+/g, 'rose from 2,500 in 2022 to 4,000'],
      [/(a)|(b)/g, 'abba'],
      [/x*/g, 'axxb'], // empty matches step on
      [/(?:)/gu, 'a😀b'], // by a code point under the u flag
      [/\bno\b/g, 'nothing here'],
    ];
    for (const [pattern, text] of cases) {
      const ours = matchesOf(pattern, text).map((m) => [m.index, ...m]);
      expect(ours).toEqual(asMatchAll(pattern, text).map((m) => [m.index, ...m]));
    }
  });

  it('starts from the text’s start whatever the pattern was left at', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, '1 2 3').map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(pattern.lastIndex).toBe(0);
  });
});
