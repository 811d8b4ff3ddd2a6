import { describe, expect, it } from 'vitest';
import { resolveTimeScope } from './time-scope';

const published = new Date('2024-03-11T00:00:00Z');

describe('resolveTimeScope: "N years ago"', () => {
  it.each([
    ['The bridge opened 150 years ago.', { start: '1874-01-01', end: '1874-12-31' }],
    ['The bridge opened twenty-five years ago.', { start: '1999-01-01', end: '1999-12-31' }],
    ['The abbey was rebuilt two centuries ago.', { start: '1824-01-01', end: '1824-12-31' }],
    ['The mill closed 1,000 years ago.', { start: '1024-01-01', end: '1024-12-31' }],
  ])('%s', (sentence, scope) => {
    expect(resolveTimeScope(sentence, published)).toEqual(scope);
  });

  // The digits after a thousands comma ("000", "200") are no count of their own, and a year before
  // 1000 is no scope a claim can store: none, never a wrong year or an error.
  it.each([
    'Humans reached the island 12,000 years ago.',
    'The city was founded 1,200 years ago.',
    'The temple was built 2000 years ago.',
    'The town was founded two thousand years ago.',
    'Dinosaurs died out 66 million years ago.',
    'The ice retreated 1.5 million years ago.',
    'The river froze three millennia ago.',
  ])('%s has no scope', (sentence) => {
    expect(resolveTimeScope(sentence, published)).toBeNull();
  });

  it('reads "In 2023," at the start of a sentence as that year', () => {
    expect(resolveTimeScope('In 2023, the line carried 14 million passengers.', published)).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
    });
  });
});
