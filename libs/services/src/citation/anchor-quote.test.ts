import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchor-quote';

const page =
  'The ministry said on Tuesday that unemployment fell to 4.2 per cent in March,\n\nthe lowest “in a decade” — economists were cautious.';

describe('anchorQuote', () => {
  it('returns the exact words with the text either side', () => {
    const a = anchorQuote(page, 'unemployment fell to 4.2 per cent');
    expect(a).toMatchObject({ type: 'TextQuoteSelector', exact: 'unemployment fell to 4.2 per cent' });
    expect(a?.prefix).toBe('e ministry said on Tuesday that ');
    expect(a?.suffix).toBe(' in March,\n\nthe lowest “in a dec');
    expect(page.slice(a?.start, a?.end)).toBe(a?.exact);
  });

  it('matches across line breaks, curly quotes, dashes and case, keeping the page text as exact', () => {
    const a = anchorQuote(page, 'in March, the lowest "in a decade" - Economists');
    expect(a?.exact).toBe('in March,\n\nthe lowest “in a decade” — economists');
  });

  it('anchors at the start and end of the text with short context', () => {
    expect(anchorQuote(page, 'The ministry')?.prefix).toBe('');
    expect(anchorQuote(page, 'were cautious.')?.suffix).toBe('');
  });

  it('returns null when the page does not contain the quote', () => {
    expect(anchorQuote(page, 'unemployment rose')).toBeNull();
    expect(anchorQuote(page, '   ')).toBeNull();
  });
});
