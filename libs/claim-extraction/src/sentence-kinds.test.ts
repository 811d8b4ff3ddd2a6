import { describe, expect, it } from 'vitest';
import { detectKinds } from './sentence-kinds';

describe('detectKinds', () => {
  it.each([
    ['The state spent $2 billion on roads.', ['quantity']],
    ['Unemployment is higher than it was in 2010.', ['temporal', 'comparison']],
    ['Crime rose 20 percent last year.', ['quantity', 'temporal', 'comparison']],
    ['The senator said that taxes will go up.', ['quote']],
    ['“We will win,” she said on Monday.', ['temporal', 'quote']],
    ['It is the largest park in the country.', ['comparison']],
    ['The weather is nice.', []],
  ])('%s → %j', (text, kinds) => {
    expect([...detectKinds(text)].sort()).toEqual([...kinds].sort());
  });
});
