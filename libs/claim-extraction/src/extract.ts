import type { ClaimKind } from '@claimledger/domain';
import { PersonTracker, findQuotes, type QuoteSpan } from './attribution';
import { articleBodyEnd } from './boilerplate';
import { scoreCheckworthiness } from './checkworthiness';
import { findNumberMentions, type NumberMention } from './mentions';
import { paragraphs, sentencesOf, type Span } from './segment';
import { anniversaryBase, resolveTimeScope, toDate, type TimeScope } from './time-scope';
import type { ExtractOptions, ExtractedClaim } from './types';

export const EXTRACTOR_VERSION = 'cl-extract-0.1.0';

const HEDGE = /\b(I think|I believe|reportedly|estimated|allegedly|about|around|roughly|approximately|nearly|almost|up to|may|might|could|perhaps|probably|according to)\b/i;
const TRAILING_TIME = /^(?:\s+[\w’'-]+){0,5}?\s+((?:this|last|next) (?:year|month|week)|in (?:1[89]|20)\d\d)\b/;

function kindsOf(m: NumberMention): { kind: ClaimKind; kinds: ClaimKind[] } {
  if (m.isOrdinal && /^anniversar/i.test(m.counted ?? '')) return { kind: 'temporal', kinds: ['temporal', 'ordinal'] };
  if (m.isOrdinal) return m.counted ? { kind: 'count', kinds: ['count', 'ordinal'] } : { kind: 'ordinal', kinds: ['ordinal'] };
  if (m.isMultiple) return { kind: 'count', kinds: ['count'] };
  if (m.unit || m.value >= 1000 || !Number.isInteger(m.value)) return { kind: 'quantity', kinds: ['quantity'] };
  return { kind: 'count', kinds: ['count'] };
}

function bounds(m: NumberMention): { low: number | null; high: number | null } {
  if (m.bound === 'upper') return { low: null, high: m.value };
  if (m.bound === 'lower') return { low: m.value, high: null };
  return { low: m.value, high: m.value };
}

function numberClaim(m: NumberMention, sentence: Span, quotes: QuoteSpan[], publishedAt: Date | null): ExtractedClaim {
  let start = sentence.start + m.start;
  let end = sentence.start + m.end;
  if (m.isMultiple) {
    const verb = /([\w’'-]+)\s+$/.exec(sentence.text.slice(0, m.start));
    if (verb) start = sentence.start + verb.index;
  }
  const trailing = TRAILING_TIME.exec(sentence.text.slice(m.end));
  if (trailing && (m.isMultiple || m.isOrdinal)) end += trailing[0].length;
  const quote = quotes.find((q) => q.start <= start && end <= q.end) ?? null;
  const { kind, kinds } = kindsOf(m);
  const scope: TimeScope | null =
    kind === 'temporal' ? anniversaryBase(sentence.text.slice(m.start), m.value, publishedAt) : resolveTimeScope(sentence.text, publishedAt);
  const isQuote = quote !== null;
  return {
    kind,
    kinds: isQuote ? [...kinds, 'quote'] : kinds,
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    sentence: sentence.text,
    sentenceStart: sentence.start,
    value: m.value,
    ...bounds(m),
    unit: m.unit,
    counted: m.counted,
    place: m.place,
    bound: m.bound,
    hedged: m.bound !== 'exact' || HEDGE.test(sentence.text),
    speaker: quote?.speaker ?? null,
    isQuote,
    timeStart: scope?.start ?? null,
    timeEnd: scope?.end ?? null,
    checkworthiness: scoreCheckworthiness({ hasNumber: true, isQuote, sentence: sentence.text }),
  };
}

function quoteClaim(q: QuoteSpan, sentence: Span, publishedAt: Date | null): ExtractedClaim {
  const scope = resolveTimeScope(q.text, publishedAt);
  return {
    kind: 'quote',
    kinds: ['quote'],
    start: q.start,
    end: q.end,
    text: q.text,
    sentence: sentence.text,
    sentenceStart: sentence.start,
    value: null,
    low: null,
    high: null,
    unit: null,
    counted: null,
    place: null,
    bound: null,
    hedged: HEDGE.test(q.text),
    speaker: q.speaker,
    isQuote: true,
    timeStart: scope?.start ?? null,
    timeEnd: scope?.end ?? null,
    checkworthiness: scoreCheckworthiness({ hasNumber: /\d/.test(q.text), isQuote: true, sentence: q.text }),
  };
}

/**
 * Extracts checkable claims from article text. Pure and deterministic: the same text and
 * publication date always give the same claims, in text order.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const publishedAt = toDate(options.publishedAt);
  const people = new PersonTracker();
  const claims: ExtractedClaim[] = [];
  for (const paragraph of paragraphs(text, articleBodyEnd(text))) {
    people.observe(paragraph.text);
    const quotes = findQuotes(paragraph.text, paragraph.start, people);
    const sentences = sentencesOf(paragraph);
    for (const sentence of sentences) {
      for (const mention of findNumberMentions(sentence.text)) {
        if (mention.value === 1 && !mention.counted && !mention.unit) continue;
        claims.push(numberClaim(mention, sentence, quotes, publishedAt));
      }
    }
    for (const q of quotes) {
      if (q.text.trim().split(/\s+/).length < 4) continue;
      const sentence = sentences.find((s) => s.start <= q.start && q.start < s.end) ?? paragraph;
      claims.push(quoteClaim(q, sentence, publishedAt));
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
