// Tweet- and news-aware normalisation and tokenisation shared by the first stage and the reranker.

const STOPWORDS = new Set(
  `a an the of to in on at for by with and or but is are was were be been being has have had having it its this that these
  those as from than then there their they them he she his her him we our us you your i me my not no nor do does did doing
  so if into about over after before up down out off just also very can could would should will shall may might must
  what which who whom whose when where why how all any both each few more most other some such only own same too s t
  am here via rt amp says said say according new one ever now get got like re im dont`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_WORDS = new Set(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
  first second third fourth fifth sixth seventh eighth ninth tenth dozen half`
    .split(/\s+/)
    .filter(Boolean),
);

export interface AnalysedText {
  /** Lower-case content words and digit numbers (no stopwords, no number words), in order. */
  words: string[];
  /** Light stems of `words`. */
  stems: string[];
  /** Capitalised words not at a sentence start (names, places), lower-cased and stemmed. */
  names: Set<string>;
  /** Normalised text for character n-grams. */
  flat: string;
  /** Numbers written as digits (years, counts) as strings. */
  digits: Set<string>;
}

/** Splits "AustralianFires" / "DefundTheCBC" / "realDonaldTrump" into words. */
export function splitCamelCase(word: string): string {
  return word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2');
}

/** Removes URLs and picture links; splits hashtags and handles into words (the author's name stays: it often names the claim's speaker). */
export function normaliseTweet(text: string): string {
  return text
    .replace(/pic\.twitter\.com\/\S+/gi, ' ')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/\b(?:www\.)?[a-z0-9-]+\.(?:com|org|net|co|ly|gov)\/\S*/gi, ' ')
    .replace(/[#@](\w+)/g, (_, tag: string) => ` ${splitCamelCase(tag)} `)
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  return word;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function analyseText(text: string): AnalysedText {
  const clean = normaliseTweet(text);
  const words: string[] = [];
  const names = new Set<string>();
  const digits = new Set<string>();
  let sentenceStart = true;
  for (const match of clean.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.!?:]/gu)) {
    const raw = match[0];
    if (/^[.!?:]$/.test(raw)) {
      sentenceStart = true;
      continue;
    }
    const lower = raw
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '');
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (/^\d/.test(lower)) {
      const value = lower.replace(/(?:st|nd|rd|th|s)$/, '');
      if (/^\d+$/.test(value)) {
        digits.add(value);
        words.push(value);
      }
      continue;
    }
    if (STOPWORDS.has(lower) || NUMBER_WORDS.has(lower) || lower.length < 2) continue;
    words.push(lower);
    if (!wasStart && /^\p{Lu}/u.test(raw)) names.add(stemWord(lower));
  }
  return {
    words,
    stems: words.map(stemWord),
    names,
    flat: ` ${clean
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `,
    digits,
  };
}

export const tokenPattern = TOKEN;
