export type QuoteSpan = { start: number; end: number; text: string; speaker: string | null };

const SAY = String.raw`(?:said|says|told|added|stated|noted|replied|explained|argued|insisted|warned|wrote|asked|recalled)`;
const NAME = String.raw`(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})`;
const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
const QUOTE_RE = /“([^”]+)”|"([^"\n]+)"/g;
const TITLE_WORDS = new Set(['President', 'Prime', 'Minister', 'PM', 'Mr', 'Mrs', 'Ms', 'Dr', 'Senator', 'Rep', 'Chancellor', 'Secretary', 'General', 'Mayor', 'Governor', 'Judge', 'Professor', 'Prof', 'Sen', 'CEO', 'Chief', 'Russian', 'Israeli', 'American', 'The', 'In', 'A', 'An']);

/** Tracks people named in the text so that "Netanyahu" and "he" resolve to a full name. */
export class PersonTracker {
  private readonly fullNames = new Map<string, string>();
  private lastSpeaker: string | null = null;

  observe(text: string): void {
    for (const m of text.matchAll(/\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}/g)) {
      const words = m[0].split(/\s+/).filter((w) => !TITLE_WORDS.has(w));
      if (words.length < 2) continue;
      const surname = words[words.length - 1] ?? '';
      const full = words.join(' ');
      const known = this.fullNames.get(surname);
      if (!known || full.length > known.length) this.fullNames.set(surname, full);
    }
  }

  resolve(name: string): string | null {
    if (/^(he|she|they)$/i.test(name)) return this.lastSpeaker;
    const words = name.split(/\s+/).filter((w) => !TITLE_WORDS.has(w));
    if (words.length === 0) return null;
    const surname = words[words.length - 1] ?? '';
    const resolved = this.fullNames.get(surname) ?? words.join(' ');
    this.lastSpeaker = resolved;
    return resolved;
  }
}

/** The speaker named around a quote in its paragraph, from the text outside quotes. */
function attributionIn(outside: string): string | null {
  const patterns = [
    new RegExp(String.raw`(?:^|[,”"]\s*)(${PRONOUN}|${NAME})\s+${SAY}\b`),
    new RegExp(String.raw`\b${SAY}\s+(${NAME})\b`),
    new RegExp(String.raw`(${NAME})\s+${SAY}[,:]?\s*$`),
    new RegExp(String.raw`\b(${PRONOUN}|${NAME})\s+${SAY}\b`),
  ];
  for (const re of patterns) {
    const m = re.exec(outside);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * Finds quotations in a paragraph and attributes each to a speaker: a name or pronoun
 * next to a speech verb in the same paragraph, pronouns resolved through the tracker.
 */
export function findQuotes(paragraph: string, offset: number, people: PersonTracker): QuoteSpan[] {
  const quotes = [...paragraph.matchAll(QUOTE_RE)];
  if (quotes.length === 0) {
    const said = attributionIn(paragraph);
    if (said) people.resolve(said);
    return [];
  }
  const outside = paragraph.replace(QUOTE_RE, (q) => ' '.repeat(q.length));
  const said = attributionIn(outside.replace(/\s{2,}/g, (s) => (s.length > 1 ? ' ” ' : s)));
  const speaker = said ? people.resolve(said) : null;
  return quotes.map((q) => {
    const inner = q[1] ?? q[2] ?? '';
    const start = offset + (q.index ?? 0) + 1;
    return { start, end: start + inner.length, text: inner, speaker };
  });
}
