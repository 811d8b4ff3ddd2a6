import { beforeAll, describe, expect, it } from 'vitest';
import { featurize } from './features';
import { CHECKWORTHINESS_MODEL, isCheckworthy, scoreSentence } from './model';

describe('check-worthiness model', () => {
  // The first score loads the language model: slow on a busy machine, so outside the timed tests.
  beforeAll(() => void scoreSentence('Warm up the model.'), 60_000);

  it('ships trained weights with a tuned threshold and its provenance', () => {
    expect(Object.keys(CHECKWORTHINESS_MODEL.weights).length).toBeGreaterThan(1000);
    expect(CHECKWORTHINESS_MODEL.threshold).toBeGreaterThan(0.2);
    expect(CHECKWORTHINESS_MODEL.threshold).toBeLessThan(0.9);
    expect(CHECKWORTHINESS_MODEL.trainedOn).toMatch(/ClaimBuster/);
    expect(CHECKWORTHINESS_MODEL.version).toMatch(/^cw-lr-[0-9a-f]{8}$/);
  });

  it.each([
    'Unemployment fell to 4.5 percent last year, the lowest rate since 2000.',
    'We have cut the deficit by $300 billion in the last three years.',
    'Crime in our cities has doubled since 2010.',
  ])('scores a factual claim as check-worthy: %s', (s) => {
    expect(isCheckworthy(scoreSentence(s))).toBe(true);
  });

  it.each(['Thank you very much.', 'I want to thank the moderator.', 'What do you think about that?', 'Let me finish.'])(
    'scores chatter as not check-worthy: %s',
    (s) => {
      expect(isCheckworthy(scoreSentence(s))).toBe(false);
    },
  );

  it('scores the sum of the weights of featurize, term by term', () => {
    for (const s of ['The city hired 1,200 teachers in 2023.', 'Rates rose, rates rose again: rates rose 5 percent!', 'Why?']) {
      let z = CHECKWORTHINESS_MODEL.bias;
      for (const [key, value] of featurize(s)) z += (CHECKWORTHINESS_MODEL.weights[key] ?? 0) * value;
      expect(scoreSentence(s)).toBe(1 / (1 + Math.exp(-z)));
    }
  });

  it('uses the same features whether or not linguistic analysis is passed in', () => {
    const s = 'The city hired 1,200 teachers in 2023.';
    expect([...featurize(s).keys()]).toContain('f:number');
    expect([...featurize(s).keys()]).toContain('w:<num>');
    expect(scoreSentence(s)).toBeGreaterThan(0);
    expect(scoreSentence(s)).toBeLessThan(1);
  });
});
