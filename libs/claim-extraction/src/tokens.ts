import { getNlp } from './nlp';

export type Token = { text: string; start: number; end: number; pos: string };

/** Places wink-nlp token values in the text they came from; `offset` shifts the result. */
export function locateTokens(text: string, values: string[], tags: string[], offset = 0): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    tokens.push({ text: value, start: start + offset, end: cursor + offset, pos: tags[i] ?? 'X' });
  });
  return tokens;
}

/** wink-nlp tokens of a text with their part of speech and character offsets. */
export function tagTokens(text: string): Token[] {
  const nlp = getNlp();
  const doc = nlp.readDoc(text);
  return locateTokens(text, doc.tokens().out() as string[], doc.tokens().out(nlp.its.pos) as string[]);
}
