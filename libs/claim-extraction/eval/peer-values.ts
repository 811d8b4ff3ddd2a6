// The peer for value accuracy: Microsoft Recognizers-Text (a devDependency, used here only).
import * as Recognizers from '@microsoft/recognizers-text-suite';

type Found = { start: number; end: number; value: number };

const toNumber = (raw: unknown): number | null => {
  const text = typeof raw === 'object' && raw && 'value' in raw ? (raw as { value: unknown }).value : raw;
  if (typeof text !== 'string' && typeof text !== 'number') return null;
  const n = Number(String(text).replace(/%$/, '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
};

/**
 * The peer's value for a span: of everything its number, ordinal, percentage, currency,
 * dimension and age recognisers find, the first in the text, the longest there.
 */
export function peerValue(span: string): number | null {
  const culture = Recognizers.Culture.English;
  const results = [
    ...Recognizers.recognizeCurrency(span, culture),
    ...Recognizers.recognizeDimension(span, culture),
    ...Recognizers.recognizePercentage(span, culture),
    ...Recognizers.recognizeAge(span, culture),
    ...Recognizers.recognizeOrdinal(span, culture),
    ...Recognizers.recognizeNumber(span, culture),
  ];
  const found: Found[] = [];
  for (const r of results) {
    const value = toNumber(r.resolution);
    if (value !== null) found.push({ start: r.start, end: r.end, value });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found[0]?.value ?? null;
}
