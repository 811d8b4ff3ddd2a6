import { DURATION_UNITS, type ClaimKind } from '@claimledger/domain';
import { PersonTracker, findAttributions, findQuotes, maskQuotes, type Attribution, type QuoteSpan } from './attribution';
import { articleBodyEnd } from './boilerplate';
import { CHECKWORTHINESS_MODEL, isCheckworthy, scoreSentence } from './checkworthiness/model';
import { findNumberMentions, type NumberMention } from './mentions';
import { analyseParagraph, paragraphs, type Span } from './segment';
import { COMPARISON_EXPRESSION } from './sentence-kinds';
import { anniversaryBase, resolveTimeScope, toDate, type TimeScope } from './time-scope';
import type { ExtractOptions, ExtractedClaim } from './types';

/** Stored on every claim: the rules' version plus the check-worthiness model's. */
export const EXTRACTOR_VERSION = `cl-extract-0.3.0+${CHECKWORTHINESS_MODEL.version}`;

const HEDGE =
  /\b(I think|I believe|believes?|believed|reportedly|estimated?|estimates|allegedly|about|around|roughly|approximately|nearly|almost|up to|may|might|could|perhaps|probably|likely|expects?|expected|thought to|appears? to|seems? to|suggests?|according to|projected|forecast)\b/i;
const TRAILING_TIME = /^(?:\s+[\w’'-]+){0,5}?\s+((?:this|last|next) (?:year|month|week))\b/;

function kindsOf(m: NumberMention): { kind: ClaimKind; kinds: ClaimKind[] } {
  if (m.isOrdinal && /^anniversar/i.test(m.counted ?? '')) return { kind: 'temporal', kinds: ['temporal', 'ordinal'] };
  if (m.isOrdinal) return m.counted ? { kind: 'count', kinds: ['count', 'ordinal'] } : { kind: 'ordinal', kinds: ['ordinal'] };
  if (m.isMultiple) return { kind: 'count', kinds: ['count'] };
  if (m.unit && DURATION_UNITS.has(m.unit)) return { kind: 'quantity', kinds: ['quantity', 'temporal'] };
  if (m.unit || m.range || m.value >= 1000 || !Number.isInteger(m.value)) return { kind: 'quantity', kinds: ['quantity'] };
  return { kind: 'count', kinds: ['count'] };
}

function bounds(m: NumberMention): { low: number | null; high: number | null } {
  if (m.range) return m.range;
  if (m.bound === 'upper') return { low: null, high: m.value };
  if (m.bound === 'lower') return { low: m.value, high: null };
  return { low: m.value, high: m.value };
}

/**
 * Reported speech: "Putin said the two countries had 5 projects" or "…5 projects, Putin said"
 * → Putin. The speech verb must be in the claim's sentence; the nearest one before wins.
 */
function reportedSpeaker(attributions: Attribution[], sentence: Span, start: number): string | null {
  const inSentence = attributions.filter((a) => a.verb >= sentence.start && a.verb < sentence.end);
  const before = inSentence.filter((a) => a.verb < start);
  return (before[before.length - 1] ?? inSentence.find((a) => a.verb > start))?.speaker ?? null;
}

type SentenceContext = {
  sentence: Span;
  score: number;
  quotes: QuoteSpan[];
  attributions: Attribution[];
  publishedAt: Date | null;
  /** The sentence compares (asked once per sentence, not per mention). */
  compares: boolean;
};

function numberClaim(
  m: NumberMention,
  { sentence, score, quotes, attributions, publishedAt, compares }: SentenceContext,
): ExtractedClaim {
  let start = sentence.start + m.start;
  let end = sentence.start + m.end;
  if (m.isMultiple) {
    const verb = /([\w’'-]+)\s+$/.exec(sentence.text.slice(0, m.start));
    if (verb) start = sentence.start + verb.index;
  }
  const trailing = TRAILING_TIME.exec(sentence.text.slice(m.end));
  if (trailing && (m.isMultiple || m.isOrdinal)) end += trailing[0].length;
  const quote = quotes.find((q) => q.start <= start && end <= q.end) ?? null;
  const { kind, kinds: baseKinds } = kindsOf(m);
  const kinds: ClaimKind[] = compares ? [...baseKinds, 'comparison'] : baseKinds;
  const scope: TimeScope | null =
    kind === 'temporal'
      ? anniversaryBase(sentence.text.slice(m.start), m.value, publishedAt)
      : resolveTimeScope(sentence.text, publishedAt);
  const isQuote = quote !== null;
  return {
    kind,
    kinds: isQuote ? [...kinds, 'quote'] : kinds,
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    sentence: sentence.text,
    sentenceStart: sentence.start,
    value: m.range ? null : m.value,
    ...bounds(m),
    unit: m.unit,
    counted: m.counted,
    place: m.place,
    bound: m.bound,
    hedged: m.bound !== 'exact' || HEDGE.test(sentence.text),
    speaker: quote ? quote.speaker : reportedSpeaker(attributions, sentence, start),
    isQuote,
    timeStart: scope?.start ?? null,
    timeEnd: scope?.end ?? null,
    checkworthiness: score,
  };
}

type TextClaim = Pick<ExtractedClaim, 'kind' | 'kinds' | 'start' | 'end' | 'text' | 'speaker' | 'isQuote' | 'checkworthiness'>;

/** A claim that is a stretch of text (a sentence or a quotation) with no value of its own. */
function textClaim(base: TextClaim, sentence: Span, publishedAt: Date | null): ExtractedClaim {
  const scope = resolveTimeScope(base.text, publishedAt);
  return {
    ...base,
    sentence: sentence.text,
    sentenceStart: sentence.start,
    value: null,
    low: null,
    high: null,
    unit: null,
    counted: null,
    place: null,
    bound: null,
    hedged: HEDGE.test(base.text),
    timeStart: scope?.start ?? null,
    timeEnd: scope?.end ?? null,
  };
}

/** A check-worthy sentence with no structured mention: the sentence itself is the claim. */
function sentenceClaim({ sentence, score, quotes, attributions, publishedAt, compares }: SentenceContext): ExtractedClaim {
  const text = sentence.text.trimEnd();
  const end = sentence.start + text.length;
  const quote = quotes.find((q) => q.start < end && sentence.start < q.end) ?? null;
  const kind: ClaimKind = compares ? 'comparison' : 'other';
  return textClaim(
    {
      kind,
      kinds: quote ? [kind, 'quote'] : [kind],
      start: sentence.start,
      end,
      text,
      speaker: quote ? quote.speaker : reportedSpeaker(attributions, sentence, end),
      isQuote: quote !== null,
      checkworthiness: score,
    },
    sentence,
    publishedAt,
  );
}

function quoteClaim(q: QuoteSpan, sentence: Span, score: number, publishedAt: Date | null): ExtractedClaim {
  const base = { kind: 'quote', kinds: ['quote'], start: q.start, end: q.end, text: q.text, speaker: q.speaker } as const;
  return textClaim({ ...base, kinds: [...base.kinds], isQuote: true, checkworthiness: score }, sentence, publishedAt);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Extracts checkable claims from article text. Pure and deterministic: the same text and
 * publication date always give the same claims, in text order.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  return analyseText(text, options).claims;
}

/** The claims of a text and the check-worthiness of its most check-worthy sentence, in one pass. */
export function analyseText(text: string, options: ExtractOptions = {}): { claims: ExtractedClaim[]; maxSentenceScore: number } {
  const publishedAt = toDate(options.publishedAt);
  const people = new PersonTracker();
  const claims: ExtractedClaim[] = [];
  let maxSentenceScore = 0;
  const seen = new Set<string>();
  for (const paragraph of paragraphs(text, articleBodyEnd(text))) {
    // Scraped pages repeat photo captions and pull quotes: a paragraph seen before adds no claims.
    const key = paragraph.text.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const masked = maskQuotes(paragraph.text);
    people.observe(paragraph.text, paragraph.start, (at) => masked[at - paragraph.start] === '¶');
    const attributions = findAttributions(paragraph.start, masked, people);
    const quotes = findQuotes(paragraph.text, paragraph.start, attributions);
    const sentences = analyseParagraph(paragraph);
    const scores: number[] = [];
    for (const analysed of sentences) {
      const { tokens, ...sentence } = analysed;
      const score = round(scoreSentence(sentence.text, { pos: tokens.map((t) => t.pos) }));
      scores.push(score);
      maxSentenceScore = Math.max(maxSentenceScore, score);
      const context = { sentence, score, quotes, attributions, publishedAt, compares: COMPARISON_EXPRESSION.test(sentence.text) };
      const relative = tokens.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
      const mentions = findNumberMentions(sentence.text, relative).filter(
        (m) => !(m.value === 1 && !m.counted && !m.unit && !m.isMultiple),
      );
      for (const mention of mentions) claims.push(numberClaim(mention, context));
      // A sentence of its own is a claim only when the model says so and it is a real sentence.
      const words = sentence.text.trim().split(/\s+/).length;
      if (mentions.length === 0 && words >= 5 && isCheckworthy(context.score)) claims.push(sentenceClaim(context));
    }
    for (const q of quotes) {
      if (q.text.trim().split(/\s+/).length < 4) continue;
      const sentence = sentences.find((s) => s.start <= q.start && q.start < s.end) ?? paragraph;
      // A quote is as check-worthy as its most check-worthy sentence.
      const score = Math.max(0, ...sentences.map((s, i) => (s.start < q.end && q.start < s.end ? (scores[i] ?? 0) : 0)));
      claims.push(quoteClaim(q, sentence, score, publishedAt));
    }
  }
  return { claims: claims.sort((a, b) => a.start - b.start || a.end - b.end), maxSentenceScore };
}
