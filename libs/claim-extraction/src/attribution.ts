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

type Attribution = { index: number; who: string };

/** Every "NAME said" / "said NAME" / "he said" in a paragraph's text outside its quotes. */
function findAttributions(outside: string): Attribution[] {
  const patterns = [
    new RegExp(String.raw`\b(${PRONOUN}|${NAME})\s+${SAY}\b`, 'g'),
    new RegExp(String.raw`\b${SAY}\s+(${NAME})\b`, 'g'),
  ];
  const found: Attribution[] = [];
  for (const re of patterns) {
    for (const m of outside.matchAll(re)) {
      const who = m[1];
      if (who) found.push({ index: (m.index ?? 0) + m[0].indexOf(who), who });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Finds quotations in a paragraph and attributes each to the nearest speaker named next to
 * a speech verb in the same paragraph; pronouns resolve to the last named speaker.
 */
export function findQuotes(paragraph: string, offset: number, people: PersonTracker): QuoteSpan[] {
  const quotes = [...paragraph.matchAll(QUOTE_RE)];
  const outside = paragraph.replace(QUOTE_RE, (q) => ' '.repeat(q.length));
  const speakers = findAttributions(outside).map((a) => ({ index: a.index, speaker: people.resolve(a.who) }));
  return quotes.map((q) => {
    const inner = q[1] ?? q[2] ?? '';
    const qStart = q.index ?? 0;
    const qEnd = qStart + q[0].length;
    const distance = (i: number) => (i >= qEnd ? i - qEnd : qStart - i + 20);
    const nearest = [...speakers].sort((a, b) => distance(a.index) - distance(b.index))[0];
    const start = offset + qStart + 1;
    return { start, end: start + inner.length, text: inner, speaker: nearest?.speaker ?? null };
  });
}
