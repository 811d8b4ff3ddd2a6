import { describe, expect, it } from 'vitest';
import { textKinds } from './text-kinds';

describe('textKinds', () => {
  it("keeps the rules' one figure kind", () => {
    const out = textKinds([{ text: 'The city hired 1,200 teachers.', kinds: new Set(['count']) }]);
    expect(out.kind).toBe('count');
  });

  it('lets the figure head choose when the rules find several figure kinds', () => {
    const both = new Set(['comparison', 'temporal'] as const);
    expect(textKinds([{ text: 'Sales were twice as high as the year before.', kinds: both }]).kind).toBe('comparison');
    expect(textKinds([{ text: 'The bridge was closed in June 2018.', kinds: both }]).kind).toBe('temporal');
  });

  it('never picks a figure kind the rules did not find', () => {
    const out = textKinds([{ text: 'Sales were twice as high as the year before.', kinds: new Set(['temporal', 'count']) }]);
    expect(['temporal', 'count']).toContain(out.kind);
  });
});
