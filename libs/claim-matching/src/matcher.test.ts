import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, type Matcher } from './index.ts';
import { RERANKER_MODEL } from './model.ts';
import { loadWordVectors, type WordVectors } from './vectors.ts';

let matcher: Matcher;
// Loaded once (seconds on a busy machine); every matcher here shares them.
let vectors: WordVectors;
beforeAll(() => {
  vectors = loadWordVectors(RERANKER_MODEL.maxVectorWords);
  matcher = createMatcher({ vectors });
}, 300_000);

const DISTRACTORS = [
  { id: 'rates', text: 'The central bank raised interest rates for the third time this year.' },
  { id: 'vaccine', text: 'A vaccine trial was halted after a volunteer fell ill.' },
  { id: 'wall', text: 'Construction of the border wall cost taxpayers 11 billion dollars.' },
];

/** A query, its restatement, the same claim with another value, and unrelated claims. */
const SIXTH_CALL = {
  query: { id: 'q', text: 'Putin and Netanyahu held their sixth phone call this year.' },
  candidates: [
    { id: 'same', text: 'This year Netanyahu and Putin have spoken by phone six times.' },
    { id: 'fifth', text: 'Putin and Netanyahu held their fifth phone call this year.' },
    ...DISTRACTORS,
  ],
};

describe('the trained reranker', () => {
  it('ranks the same claim in other words first, with a calibrated score between 0 and 1', () => {
    const ranked = matcher.rank(
      { id: 'q', text: 'Video shows the President of Brazil calling climate change a hoax #ClimateHoax https://t.co/x1' },
      [
        ...DISTRACTORS,
        {
          id: 'same',
          text: 'Brazil’s president said climate change is a hoax.',
          title: 'Did Brazil’s President Call Climate Change a Hoax?',
        },
      ],
    );
    expect(ranked[0]?.id).toBe('same');
    for (const match of ranked) expect(match.score).toBeGreaterThanOrEqual(0);
    for (const match of ranked) expect(match.score).toBeLessThanOrEqual(1);
    expect(ranked[0]?.score ?? 0).toBeGreaterThan((ranked[1]?.score ?? 1) + 0.2);
  });

  it('matches a hashtag written in camel case to the words of the claim', () => {
    const ranked = matcher.rank({ id: 'q', text: 'Unbelievable. #DefundTheCBC deleted Trump from #HomeAlone2' }, [
      ...DISTRACTORS,
      { id: 'cbc', text: 'The CBC deleted Donald Trump’s cameo from Home Alone 2.' },
    ]);
    expect(ranked[0]?.id).toBe('cbc');
  });

  it('is the same claim with a different value: fifth call vs sixth call', () => {
    const query = { id: 'q', text: 'Putin and Netanyahu held their fifth phone call this year.' };
    const ranked = matcher.rank(query, [
      ...DISTRACTORS,
      { id: 'sixth', text: 'Putin and Netanyahu held their sixth phone call this year.' },
    ]);
    expect(ranked[0]).toMatchObject({ id: 'sixth', valueChange: true });
    expect(ranked[0]?.score ?? 0).toBeGreaterThan(0.5);
  });

  it('is the same claim with a different value: a million vs 1.5 million', () => {
    const query = { id: 'q', text: 'A million Russian speakers live in Israel.' };
    const ranked = matcher.rank(query, [...DISTRACTORS, { id: 'more', text: '1.5 million Russian speakers live in Israel.' }]);
    expect(ranked[0]).toMatchObject({ id: 'more', valueChange: true });
    expect(ranked[0]?.score ?? 0).toBeGreaterThan(0.5);
  });

  it('never treats a value change as identical: the same number ranks first and is not flagged', () => {
    const query = { id: 'q', text: 'Putin and Netanyahu held their fifth phone call this year.' };
    const ranked = matcher.rank(query, [
      { id: 'sixth', text: 'Putin and Netanyahu held their sixth phone call this year.' },
      { id: 'fifth', text: 'Putin and Netanyahu held their 5th phone call this year.' },
    ]);
    expect(ranked.map((match) => [match.id, match.valueChange])).toEqual([
      ['fifth', false],
      ['sixth', true],
    ]);
    expect(ranked[0]?.score ?? 0).toBeGreaterThanOrEqual(ranked[1]?.score ?? 1);
  });

  it('gives an unrelated claim a low score', () => {
    const [match] = matcher.rank({ id: 'q', text: 'Putin and Netanyahu held their fifth phone call this year.' }, [
      DISTRACTORS[1] ?? { id: 'x', text: 'x' },
    ]);
    expect(match?.score ?? 1).toBeLessThan(0.1);
  });

  it('scores a candidate the same alone or among others that share its words (cosines kept per query)', () => {
    const query = { id: 'q', text: 'Putin and Netanyahu held their sixth phone call this year, the Kremlin said.' };
    const candidates = [
      { id: 'same', text: 'This year Netanyahu and Putin have spoken by phone six times.' },
      { id: 'fifth', text: 'Putin and Netanyahu held their fifth phone call this year.' },
      { id: 'kremlin', text: 'The Kremlin said the call between the leaders lasted an hour.' },
      ...DISTRACTORS,
    ];
    const together = matcher.rank(query, candidates);
    const alone = candidates.map((c) => createMatcher({ vectors }).rank(query, [c])[0]);
    expect(together).toHaveLength(candidates.length);
    for (const match of together) expect(alone.find((a) => a?.id === match.id)).toEqual(match);
  }, 60_000);

  it('ranks as a fresh matcher does after more texts than it keeps prepared (recently used texts are kept by text)', () => {
    const { query, candidates } = SIXTH_CALL;
    const fresh = createMatcher({ vectors }).rank(query, candidates);
    const used = createMatcher({ vectors });
    used.rank(query, candidates);
    // Thousands of other texts push the first ones out; copies of the objects are ranked after.
    for (let i = 0; i < 5_000; i++) used.rank({ id: `q${i}`, text: `Parliament passed bill number ${i} on ${i % 28} May.` }, []);
    expect(
      used.rank(
        { ...query },
        candidates.map((c) => ({ ...c })),
      ),
    ).toEqual(fresh);
    expect(fresh.find((m) => m.id === 'fifth')?.valueChange).toBe(true);
  }, 60_000);

  it('ranks texts prepared ahead of the call as it ranks them unprepared', () => {
    const { query, candidates } = SIXTH_CALL;
    const fresh = createMatcher({ vectors }).rank(query, candidates);
    const ready = createMatcher({ vectors });
    // In parts, as a caller's reads return, and copies of the objects ranked after.
    ready.prepare([query.text], candidates.slice(0, 2));
    ready.prepare([], candidates.slice(2));
    expect(
      ready.rank(
        { ...query },
        candidates.map((c) => ({ ...c })),
      ),
    ).toEqual(fresh);
    expect(
      fresh
        .slice(0, 2)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['fifth', 'same']);
  }, 60_000);
});
