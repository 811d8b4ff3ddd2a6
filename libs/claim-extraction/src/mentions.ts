import type { ValueBound } from '@claimledger/domain';
import { NUMBER_WORDS, parseNumberPhrase, type ParsedNumber } from './numbers';

export type NumberMention = ParsedNumber & {
  start: number;
  end: number;
  bound: ValueBound;
  counted: string | null;
  place: string | null;
};

const WORD = `(?:${NUMBER_WORDS.filter((w) => w !== 'a' && w !== 'an').join('|')})`;
const NUMBER_RE = new RegExp(
  [
    String.raw`[$€£¥₪]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|tn)\b)?(?:\s(?:hundred|thousand|million|billion|trillion))?`,
    String.raw`\b\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?(?:\s?(?:%|percent\b|per cent\b))?(?:\s(?:hundred|thousand|million|billion|trillion)\b)?`,
    String.raw`\b(?:an?\s)?${WORD}(?:[\s-](?:and\s)?${WORD})*\b(?:\s?(?:%|percent\b|per cent\b))?`,
  ].join('|'),
  'gi',
);

const BOUNDS: Array<[RegExp, ValueBound]> = [
  [/\b(up to|at most|no more than|as many as|under|less than|fewer than|below)\s+$/i, 'upper'],
  [/\b(at least|more than|over|above|no fewer than|no less than|upwards of)\s+$/i, 'lower'],
  [/\b(about|around|nearly|almost|roughly|approximately|some|an estimated|close to|some)\s+$/i, 'approximate'],
];

const STOP = /^(in|on|at|of|for|to|from|by|with|and|or|but|this|that|these|those|since|than|as|who|which|when|while|after|before|between|amid|during)$/i;
const PLACE_PREP = /^\s+(in|across|throughout|inside)\s+((?:greater\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/;

/** The noun phrase after a number: "Russian speakers", "phone call". */
function countedAfter(rest: string): { text: string; length: number } | null {
  const match = /^(\s+[\w’'-]+){1,4}/.exec(rest);
  if (!match) return null;
  const words: string[] = [];
  let length = 0;
  const re = /(\s+)([\w’'-]+)/g;
  for (let m = re.exec(match[0]); m; m = re.exec(match[0])) {
    const word = m[2] ?? '';
    if (STOP.test(word) || parseNumberPhrase(word)) break;
    words.push(word);
    length = m.index + m[0].length;
  }
  return words.length ? { text: words.join(' '), length } : null;
}

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s*$/i;

/** Years and days of a date belong to temporal expressions, not to counts. */
function isDatePart(raw: string, before: string, after: string): boolean {
  if (!/^\d+$/.test(raw)) return false;
  const n = Number(raw);
  if (raw.length === 4 && n >= 1800 && n <= 2100) return true;
  if (n <= 31 && (MONTH.test(before) || /^\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after))) return true;
  return false;
}

/** Finds number mentions in a sentence, with bound, counted noun and place. */
export function findNumberMentions(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of sentence.matchAll(NUMBER_RE)) {
    const raw = match[0].trim();
    const index = match.index ?? 0;
    const parsed = parseNumberPhrase(raw);
    if (!parsed || /^an?$/i.test(raw)) continue;
    let start = index + match[0].indexOf(raw);
    let end = start + raw.length;
    if (isDatePart(raw, sentence.slice(0, start), sentence.slice(end))) continue;
    let bound: ValueBound = 'exact';
    for (const [re, b] of BOUNDS) {
      const hit = re.exec(sentence.slice(0, start));
      if (hit) {
        bound = b;
        start = hit.index + (hit[0].length - hit[0].trimStart().length);
        break;
      }
    }
    const counted = countedAfter(sentence.slice(end));
    if (counted) end += counted.length;
    const place = PLACE_PREP.exec(sentence.slice(end));
    if (place) end += place[0].length;
    mentions.push({
      ...parsed,
      start,
      end,
      bound,
      counted: counted?.text ?? null,
      place: place?.[2] ?? null,
    });
  }
  return mentions;
}
