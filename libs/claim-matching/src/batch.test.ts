import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@claimledger/domain';
import { MAX_MATCH_TEXT_CHARS, createCorpusMatcher, createMatcher, matchLine, parseCorpus, type CorpusMatcher } from './index.ts';

const CORPUS = [
  { id: 'cbc', text: 'The CBC deleted Donald Trump’s cameo from Home Alone 2.', title: 'Did CBC Cut Trump from Home Alone 2?' },
  { id: 'shark', text: 'A photograph shows a shark swimming on a flooded highway.' },
  { id: 'flakes', text: 'Corn flakes were invented to curb appetites.' },
  { id: 'wall', text: 'The border wall cost 11 billion dollars.' },
  { id: 'rates', text: 'The central bank raised interest rates.' },
  { id: 'vaccine', text: 'A vaccine trial was halted.' },
]
  .map((doc) => JSON.stringify(doc))
  .join('\n');

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('parseCorpus', () => {
  it('reads id, text and an optional title; numeric ids become strings', () => {
    expect(parseCorpus('{"id":7,"text":"a claim"}\n\n{"id":"b","text":"another","title":"T"}\n')).toEqual([
      { id: '7', text: 'a claim' },
      { id: 'b', text: 'another', title: 'T' },
    ]);
  });

  it('names the line of a bad corpus entry', () => {
    expect(errorOf(() => parseCorpus('{"id":"a","text":"ok"}\n{"text":"no id"}', 'c.jsonl'))).toMatch(
      /^c\.jsonl line 2: id: missing id/,
    );
    expect(errorOf(() => parseCorpus('{"id":"a","text":"   "}', 'c.jsonl'))).toMatch(/line 1: text: empty text/);
    expect(errorOf(() => parseCorpus(JSON.stringify({ id: 'a', text: 'x'.repeat(MAX_MATCH_TEXT_CHARS + 1) })))).toMatch(
      /line 1: text: text longer than/,
    );
    expect(errorOf(() => parseCorpus('{"id":"a","text":"x"}\nnot json'))).toMatch(/line 2: not valid JSON/);
    expect(errorOf(() => parseCorpus('{"id":"a","text":"x"}\n{"id":"a","text":"y"}'))).toMatch(/line 2: duplicate id a/);
    expect(errorOf(() => parseCorpus('\n'))).toMatch(/no lines/);
  });
});

describe('matchLine', () => {
  let corpus: CorpusMatcher;
  beforeAll(() => {
    corpus = createCorpusMatcher(parseCorpus(CORPUS), createMatcher(), 50);
  }, 300_000);

  it('answers with at least five matches, best first, even when few words overlap', () => {
    const out = JSON.parse(matchLine(corpus, '{"id":"q1","text":"#DefundTheCBC they cut Trump from Home Alone 2"}', 1)) as {
      id: string;
      matches: { id: string; score: number }[];
    };
    expect(out.id).toBe('q1');
    expect(out.matches).toHaveLength(5);
    expect(out.matches[0]?.id).toBe('cbc');
    const scores = out.matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('answers a bad query line with an error naming the line', () => {
    expect(JSON.parse(matchLine(corpus, '{"id":"q2","text":""}', 4))).toEqual({
      id: 'q2',
      error: 'stdin line 4: text: empty text',
    });
    expect(JSON.parse(matchLine(corpus, '{oops', 5))).toEqual({ id: null, error: 'stdin line 5: not valid JSON' });
  });
});
