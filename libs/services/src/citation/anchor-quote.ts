import type { TTextQuoteSelector } from '@claimledger/contracts';

const CONTEXT_CHARS = 32;

/** Folds what differs between a typed quote and a page: case, curly quotes, dashes, runs of space. */
function fold(char: string): string {
  if (/\s/.test(char)) return ' ';
  if (/[\u2018\u2019\u201a\u201b\u2032]/.test(char)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033]/.test(char)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(char)) return '-';
  return char.toLowerCase();
}

/** The folded text and, for each folded character, its offset in the original. */
function foldWithMap(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = fold(text[i] ?? '');
    if (char === ' ' && (folded.length === 0 || folded.endsWith(' '))) continue;
    folded += char;
    offsets.push(i);
  }
  return { folded, offsets };
}

export type AnchoredQuote = TTextQuoteSelector & { start: number; end: number };

/**
 * Finds `quote` in `text` and returns a W3C TextQuoteSelector for it: the exact words as the
 * text has them plus up to 32 characters either side. Null when the text does not contain it.
 */
export function anchorQuote(text: string, quote: string): AnchoredQuote | null {
  const needle = foldWithMap(quote.trim()).folded.trim();
  if (!needle) return null;
  const { folded, offsets } = foldWithMap(text);
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = offsets[at] ?? 0;
  const end = (offsets[at + needle.length - 1] ?? start) + 1;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}
