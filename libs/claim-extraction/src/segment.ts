import type { ItemSentence } from 'wink-nlp';
import { getNlp } from './nlp';

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

/** Sentences of one paragraph from wink-nlp (abbreviation-aware), with absolute offsets. */
export function sentencesOf(paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let cursor = 0;
  getNlp()
    .readDoc(paragraph.text)
    .sentences()
    .each((s: ItemSentence) => {
      const found = locate(paragraph.text, s.out(), cursor);
      if (!found) return;
      cursor = found.end;
      sentences.push({
        start: paragraph.start + found.start,
        end: paragraph.start + found.end,
        text: paragraph.text.slice(found.start, found.end),
      });
    });
  return sentences;
}

export function segmentSentences(text: string, end = text.length): Span[] {
  return paragraphs(text, end).flatMap(sentencesOf);
}
