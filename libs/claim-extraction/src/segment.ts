import type { ItemSentence } from 'wink-nlp';
import { getNlp } from './nlp';
import { locateTokens, type Token } from './tokens';

export type Span = { start: number; end: number; text: string };

/** Finds `needle` in `text` at or after `from`, tolerating whitespace differences. */
export function locate(text: string, needle: string, from: number): { start: number; end: number } | null {
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const pattern = needle
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'g');
  re.lastIndex = from;
  const match = re.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Paragraphs are the non-empty lines before `end`. */
export function paragraphs(text: string, end = text.length): Span[] {
  const found: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line && line.index < end; line = lineRe.exec(text)) {
    if (line[0].trim()) found.push({ start: line.index, end: line.index + line[0].length, text: line[0] });
  }
  return found;
}

export type AnalysedSentence = Span & { tokens: Token[] };

/**
 * One wink-nlp pass over a paragraph: its sentences (abbreviation-aware) with absolute
 * offsets, each with its tagged tokens (absolute offsets).
 */
export function analyseParagraph(paragraph: Span): AnalysedSentence[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(paragraph.text);
  const values = doc.tokens().out() as string[];
  const tokens = locateTokens(paragraph.text, values, doc.tokens().out(its.pos) as string[], paragraph.start);
  // Every token found in place with only plain spaces between (wink-nlp rebuilds them as they are):
  // a sentence runs from its first token to its last, as finding its rebuilt text gives.
  if (tokens.length === values.length && onlySpaceBetween(paragraph, tokens)) {
    return (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(([first, last]) => {
      const start = (tokens[first] as Token).start;
      const end = (tokens[last] as Token).end;
      const text = paragraph.text.slice(start - paragraph.start, end - paragraph.start);
      return { start, end, text, tokens: tokens.slice(first, last + 1) };
    });
  }
  const sentences: AnalysedSentence[] = [];
  let cursor = 0;
  let next = 0;
  doc.sentences().each((s: ItemSentence) => {
    const found = locate(paragraph.text, s.out(), cursor);
    if (!found) return;
    cursor = found.end;
    const start = paragraph.start + found.start;
    const end = paragraph.start + found.end;
    while (next < tokens.length && (tokens[next]?.start ?? end) < start) next++;
    const own: Token[] = [];
    while (next < tokens.length && (tokens[next]?.start ?? end) < end) own.push(tokens[next++] as Token);
    sentences.push({
      start,
      end,
      text: paragraph.text.slice(found.start, found.end),
      tokens: own,
    });
  });
  return sentences;
}

/** Whether only plain spaces stand between the tokens (and before the first, after the last). */
function onlySpaceBetween(paragraph: Span, tokens: Token[]): boolean {
  const text = paragraph.text;
  let at = 0;
  for (const t of tokens) {
    for (const end = t.start - paragraph.start; at < end; at++) if (text.charCodeAt(at) !== 32) return false;
    at = t.end - paragraph.start;
  }
  for (; at < text.length; at++) if (text.charCodeAt(at) !== 32) return false;
  return true;
}

export function sentencesOf(paragraph: Span): Span[] {
  return analyseParagraph(paragraph).map(({ start, end, text }) => ({ start, end, text }));
}

export function segmentSentences(text: string, end = text.length): Span[] {
  return paragraphs(text, end).flatMap(sentencesOf);
}
