import { isCaption } from './boilerplate';
import { analyseParagraph, paragraphs, type AnalysedSentence, type Span } from './segment';

export type Header = { kicker: Span | null; headline: Span | null; dek: Span | null };

const ENDS_SENTENCE = /[.!?]["”’]?\s*$/;
const MAX_HEADER_WORDS = 30;

const words = (s: string) => s.trim().split(/\s+/).length;

/** The analysis of a line; extraction passes one that keeps it for the line's paragraph. */
type Analyse = (line: Span) => AnalysedSentence[];

/** A finite verb: "Putin reaffirm", "Council approves"; not the participle in "of restored relations". */
function hasVerb(line: Span, analyse: Analyse): boolean {
  return analyse(line).some((s) =>
    s.tokens.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !['ADP', 'DET', 'ADJ'].includes(s.tokens[i - 1]?.pos ?? '')),
  );
}

/** A section label above a headline: "COURTS", "Budget 2025", or a phrase with no verb. */
function looksLikeKicker(line: Span, next: Span, analyse: Analyse): boolean {
  const text = line.text.trim();
  const shout = text === text.toUpperCase() && /[A-Z]/.test(text);
  if (words(text) > 12 || !hasVerb(next, analyse)) return false;
  return shout || words(text) <= 3 || !hasVerb(line, analyse);
}

/**
 * The header of a plain-text article: the leading short lines that do not end a sentence
 * (photo captions skipped). With two or more, a first line that is a section label or a phrase
 * without a verb is the kicker, the next the headline, and one more the dek.
 */
export function findHeader(text: string, analyse: Analyse = analyseParagraph): Header {
  const lead: Span[] = [];
  for (const line of paragraphs(text)) {
    if (isCaption(line.text)) continue;
    if (ENDS_SENTENCE.test(line.text) || words(line.text) > MAX_HEADER_WORDS || lead.length === 3) break;
    lead.push(line);
  }
  const [first, second, third] = lead;
  if (!first) return { kicker: null, headline: null, dek: null };
  if (second && looksLikeKicker(first, second, analyse)) return { kicker: first, headline: second, dek: third ?? null };
  return { kicker: null, headline: first, dek: second ?? null };
}

/** The title of a plain-text article: its headline, never the kicker above it. */
export function findTitle(text: string): string | null {
  const { headline } = findHeader(text);
  return headline ? headline.text.trim() : null;
}
