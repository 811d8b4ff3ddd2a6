import { NUMBER_SCALES, NUMBER_UNITS, SHARE_UNITS, type ValueBound } from '@claimledger/domain';
import { matchesOf } from './matches';
import { NUMBER_WORDS, ORDINALS, UNITS, parseNumberPhrase, type ParsedNumber } from './numbers';
import {
  MAY_HAVE_FORM,
  MAY_HAVE_FRACTION_OR_DURATION,
  findPhoneNumbers,
  findSpelledDurations,
  findWrittenFractions,
} from './value-forms';
import { tagTokens, type Token } from './tokens';

export type NumberMention = ParsedNumber & {
  start: number;
  end: number;
  bound: ValueBound;
  /** Set for ranges ("between 20 and 30"): both ends, already scaled. */
  range: { low: number; high: number } | null;
  counted: string | null;
  place: string | null;
  /** The other end of a change ("rose from 2,500 to 4,000" → 2,500), when the mention is one. */
  reference?: number;
  /** Where the figure a change reaches starts, when its reference comes first ("from 2,500 in 2022 to 4,000"). */
  head?: number;
  /** A vote's tally ("7-4"): its figure has no terms after it. */
  isTally?: boolean;
};

const WORD = `(?:${NUMBER_WORDS.filter((w) => w !== 'a' && w !== 'an').join('|')})`;
const SCALE = String.raw`(?:\s(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)`;
const PERCENT = String.raw`(?:\s?(?:%|percent\b|per cent\b))`;
// "5 percentage points", "25 basis points": a change in a rate, in points (not a share, not a count).
const POINTS = String.raw`(?:\s(?:percentage|basis)[\s-]points?\b)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`; // "1,200" but not the comma after "67,"
// Rules 0.7.9: "$2.5B", a capital B glued to an amount, is billions too.
// "$1.2-trillion package": the scale word joined by a hyphen.
const CURRENCY_ATOM = String.raw`[$€£¥₪]\s?${DIGITS}(?:\s?(?:k|m|mn|mln|bn|bln|tn)\b|b\b|(?:million|billion|trillion|thousand)\b)?(?:${SCALE}|-(?:million|billion|trillion)\b)?`;
// "1.5million", "2.3mn", "4 bln", "14m passengers" (a glued "m" before a plural noun: not "a 14m yacht").
// Rules 0.7.9: and "1.2m sq ft", "3m square metres": millions of an area.
const GLUED_SCALE = String.raw`(?:(?:million|billion|trillion|thousand)\b|\s?(?:mn|mln|bln|tn)\b|m(?=\s(?:people|children|men|women|(?!hurdles|relays)[a-z]+s|sq|square)\b))`;
const MEASURE = String.raw`(?:\s?(?:(?:Gt|Mt|kt)(?:\s?CO[2₂]e?)?|TWh|GWh|MWh|kWh|GW|MW|kW)\b|\s(?:giga|mega|kilo)tonn?e?s?\b|\s(?:tera|giga|mega|kilo)watt(?:[\s-]hours?|s)?\b)`;
const CLOCK_ATOM = String.raw`\b\d{1,2}:[0-5]\d:[0-5]\d\b`;
const PER_MILLION = String.raw`(?:\sparts per (?:million|billion)\b)`;
const DIGIT_ATOM = String.raw`\b${DIGITS}(?:${POINTS}|(?:st|nd|rd|th|k\b|bn\b|${GLUED_SCALE}|${MEASURE}|${PER_MILLION})?${PERCENT}?${SCALE}?)`;
const WORD_ATOM = String.raw`\b(?:(?:half\s)?an?\s)?${WORD}(?:[\s-](?:and\s)?${WORD})*(?:[\s-]+and[\s-]+a[\s-]+(?:half|quarter(?!\s+of\b))(?:\s(?:hundred|thousand|million|billion|trillion))?)?\b(?:${POINTS}|${PERCENT})?`;
const NUMBER_RE = new RegExp([CLOCK_ATOM, CURRENCY_ATOM, DIGIT_ATOM, WORD_ATOM].join('|'), 'gi');

// Rules 0.7.9: an amount of money may carry its short scale ("between £2m and £3m").
const RANGE_ATOM = String.raw`(?:[$€£¥₪]\s?${DIGITS}(?:\s?(?:k|mn|m|bn|b|tn)\b)?|${DIGITS}(?:\s?(?:k|bn)\b)?)${SCALE}?|${WORD}(?:[\s-]${WORD})*`;
const RANGE_RE = new RegExp(
  [
    String.raw`\b(?:between|from)\s+(${RANGE_ATOM})${PERCENT}?\s+(?:and|to)\s+(${RANGE_ATOM})(${PERCENT})?`,
    String.raw`((?:[$€£¥₪]\s?${DIGITS}(?:mn|m|bn|b|tn|k)?|${DIGITS}))(?:\s?%)?\s?[-–]\s?((?:[$€£¥₪]\s?)?${DIGITS}${SCALE}?)(${PERCENT})?`,
    // "30 to 40 percent", "20 to 30 people", "$2 million to $3 million": a range without "between".
    String.raw`(?<![\w,.])(${RANGE_ATOM})(${PERCENT})?\s+to\s+(${RANGE_ATOM})(${PERCENT})?`,
  ].join('|'),
  'gi',
);

// Cheap first look ("to" is in most sentences: only after a figure). Its "… to" part (slow to fail: `[a-z]+teen`
// at every word) is tried only when the sentence has " to ".
const MAY_HAVE_RANGE_SPAN = /\b(?:between|from)\s|\d(?:mn|m|bn|b|tn|k)?\s?%?\s?[-–]\s?[$€£¥₪]?\s?\d/i;
const MAY_HAVE_RANGE_TO =
  /(?:\d%?|\bper ?cent|\b(?:percent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|[mb]illion|[mb]n|k|m|dozen))\s+to\s+/i;
const mayHaveRange = (sentence: string) =>
  MAY_HAVE_RANGE_SPAN.test(sentence) || (/\sto\s/i.test(sentence) && MAY_HAVE_RANGE_TO.test(sentence));
const MEASURED_AFTER =
  /^\s+(?!(?:against|in|on|at|for|with|to|and|or|over|after|before|the|a|an|of|that|this|which|who|when|as|by|from)\b)[a-z]+/i;
// "voted 52 to 48", "won 3 to 1", "on a scale of 1 to 10": terms, scores and scales, not ranges.
const NOT_A_RANGE_BEFORE =
  /\b(?:vot\w*|won|wins?|winning|beat(?:s|en)?|lost|los(?:es|ing)|defeat\w*|passed|rejected|approved|scored?|scores|scoring|tally|margin|ruling|decision|verdict|ratio|odds|scale|rated|ranked|chapters?|pages?|articles?|sections?|rooms?|gates?|platforms?)\b[^.;]*$/i;

// Currency named after the amount ("pounds" alone is as often a weight).
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  'pounds sterling': 'GBP',
  shekels: 'ILS',
  rubles: 'RUB',
  roubles: 'RUB',
  yen: 'JPY',
  yuan: 'CNY',
  rupees: 'INR',
};

const BOUNDS: Array<[RegExp, ValueBound]> = [
  [/\b(up to|at most|no more than|as many as|under|less than|fewer than|below|not more than)\s+$/i, 'upper'],
  [/\b(at least|more than|over|above|no fewer than|no less than|upwards of|in excess of|not less than)\s+$/i, 'lower'],
  [
    /\b(about|around|nearly|almost|roughly|approximately|some|an estimated|estimated|close to|about|circa|some)\s+$/i,
    'approximate',
  ],
];

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s*$/i;
const TIME_DEICTIC = /^(last|this|next|past|ago|today|yesterday|tomorrow|tonight)$/i;
const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|mornings?|evenings?|nights?)$/i;
const COUNTED_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const PLACE_PREP =
  /^\s+(in|across|throughout|inside)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)((?:greater\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/;

// "14 Sep", "5 March 2020": a capitalised month name after the day ("14 separate" is not one).
const DAY_MONTH =
  /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

const YEARS_SPAN_AFTER = /^\s+(?:years?|months?|weeks?|days?|decades?)\b/i;

/** Years and days of a date belong to temporal expressions, not to counts. */
function isDatePart(raw: string, before: string, after: string): boolean {
  if (!/^\d+$/.test(raw)) return false;
  const n = Number(raw);
  // "2000 years ago", "1900 days": a span of time, not a year.
  if (raw.length === 4 && n >= 1800 && n <= 2100) return !YEARS_SPAN_AFTER.test(after);
  if (n <= 31 && (MONTH.test(before) || DAY_MONTH.test(after))) return true;
  // "June 5 to 10", "June 5-10": the second day; "5 to 10 June": the first.
  if (n <= 31 && DAY_RANGE_BEFORE.test(before)) return true;
  if (n <= 31 && DAY_RANGE_AFTER.test(after)) return true;
  return false;
}

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY_RANGE_BEFORE = new RegExp(String.raw`\b${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|to|and|through|until)\s*$`);
const DAY_RANGE_AFTER = new RegExp(
  String.raw`^(?:st|nd|rd|th)?\s*(?:[-–]|to|and|through|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\b`,
);

/** "on a scale of 1 to 10", "a scale from 0-100": the ends of a rating scale, not amounts. */
const SCALE_END_BEFORE = /\bscale\s+(?:of|from)\s+(?:\d+\s*(?:to|[-–])\s*)?$/i;

const CLOCK_AFTER = /^\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|[ap]\.m\.|[ap]m\b|hrs\b|h\b)/;
const MODEL_SUFFIX_AFTER = /^[\s-](?:MAX|Max|NEO|neo|XWB|ER|LR|XLR|Dreamliner|Pro|Plus|Ultra|Mini|GTI?|RS|Turbo)\b/;
const UNIT_LETTERS = /^(?:GW|MW|KW|GB|TB|MB|GHz|MHz|K|M|BN|TN|[kKMGT]bps)\b/;
// "Boeing", and Rules 0.7.9 "iPhone", "eBay": a name, its capital inside.
const TITLE_CASE_WORD = /^(?:[A-Z]|[a-z]{1,2}[A-Z])[\w’'-]*$/;
const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * Numbers that name things rather than count them: "COVID-19", "F-35", "5G", "9/11",
 * "Boeing 737", "Section 230", "Windows 10": a capitalised noun or name right before a bare
 * number ("About 200" is not one), unless the sentence is in title case.
 */
function isIdentifier(sentence: string, tokens: Token[], raw: string, rawStart: number, rawEnd: number): boolean {
  if (!/^\d+$/.test(raw)) return false;
  const before = sentence.slice(0, rawStart);
  const after = sentence.slice(rawEnd);
  if (/\d\/$/.test(before) || /^\/\d/.test(after)) return true;
  if (/\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing)\s+$/i.test(before)) return true; // "call 911"
  if (/[A-Z][A-Za-z]*-$/.test(before)) return true;
  if (/^[A-Z]/.test(after) && !UNIT_LETTERS.test(after)) return true;
  if (MODEL_SUFFIX_AFTER.test(after)) return true; // "737 MAX", "A321neo", "iPhone 15 Pro": a model name

  const previous = /(?:^|[^\w’'-])([\w’'-]+) $/.exec(before);
  const word = previous?.[1];
  if (!word || !TITLE_CASE_WORD.test(word) || MONTH.test(word) || WEEKDAY.test(word)) return false;
  const long = (sentence.match(/[A-Za-z][\w’'-]{3,}/g) ?? []).filter((w) => w !== word);
  if (long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.7) return false; // title case
  // "About 200", "Nearly 300" are capitalised too: only a noun or a name before the number names it.
  const tag = tokens.find((t) => t.end === rawStart - 1)?.pos;
  return tag === 'PROPN' || tag === 'NOUN';
}

/** The noun phrase right after a number, by part of speech: "Russian speakers", "phone call". */
function countedAfter(tokens: Token[], end: number, isOrdinal: boolean): { end: number } | null {
  let first: Token | undefined;
  let lastNoun: Token | undefined;
  for (const token of tokens) {
    if (token.start < end) continue;
    if (!COUNTED_POS.has(token.pos) || TIME_DEICTIC.test(token.text) || (!isOrdinal && TIME_UNIT.test(token.text))) break;
    first ??= token;
    if (token.pos !== 'ADJ') lastNoun = token;
  }
  return first && lastNoun ? { end: lastNoun.end } : null;
}

/** The time unit right after a number ("19 days" → day), if that is the next word. */
// "14 consecutive days", "ten straight months": words that may stand between a number and its time unit.
const SPAN_WORD = /^(?:consecutive|straight|successive|full|whole|working|calendar|business)$/i;

function durationUnitAfter(tokens: Token[], end: number): { unit: string; end: number } | null {
  let at = tokens.findIndex((t) => t.start >= end);
  let next = tokens[at];
  if (!next || next.start - end > 1) return null;
  if (SPAN_WORD.test(next.text) && tokens[at + 1]) next = tokens[++at];
  if (!next || !TIME_UNIT.test(next.text)) return null;
  return { unit: next.text.toLowerCase().replace(/s$/, ''), end: next.end };
}

// "58-year-old", "a 41-year high", "a 10-day strike": a number joined to its time unit.
const HYPHEN_UNIT = /^[-‐](year|month|week|day|hour|minute|second|decade)s?\b(?:-olds?\b|\s+(?:highs?|lows?|record|peak)\b)?/i;

function hyphenUnitAfter(sentence: string, end: number): { unit: string; end: number } | null {
  const m = HYPHEN_UNIT.exec(sentence.slice(end));
  return m ? { unit: (m[1] ?? '').toLowerCase(), end: end + m[0].length } : null;
}

function boundBefore(sentence: string, start: number): { bound: ValueBound; start: number } {
  const before = sentence.slice(0, start);
  for (const [re, bound] of BOUNDS) {
    const hit = re.exec(before);
    if (hit) return { bound, start: hit.index + (hit[0].length - hit[0].trimStart().length) };
  }
  return { bound: 'exact', start };
}

function scaleOf(text: string): number {
  const m = /(hundred|thousand|million|billion|trillion|k|bn)\b/i.exec(text);
  return m
    ? (parseNumberPhrase(`1 ${m[1]?.toLowerCase().replace(/^k$/, 'thousand').replace(/^bn$/, 'billion')}`)?.value ?? 1)
    : 1;
}

type Range = { start: number; end: number; low: number; high: number; unit: string | null; isChange: boolean };

const SHORT_SCALE_AFTER = /^(?:mn|m|bn|b|tn|k)\b/i;

// "rose from 2,500 to 4,000" is a change to 4,000, its reference 2,500: not a range.
export const CHANGE_BEFORE =
  /\b(?:rose|risen|rises|rise|fell|fallen|falls|fall|grew|grown|grows|increased|increases|decreased|decreases|dropped|drops|climbed|climbs|jumped|jumps|slipped|slips|declined|declines|surged|soared|plunged|plummeted|slid|slides|slumped|tumbled|sank|dipped|eased|edged|gained|advanced|rallied|retreated|widened|narrowed|expanded|contracted|went up|went down|up|down|cut|raised|raising|raise|lifted|hiked|boosted|trimmed|lowered|reduced|changed|moved|shrank|shrunk|doubled)\s+(?:\w+\s+){0,2}$/i;

// A change verb a few words back: "cut the policy rate by 0.25 percent to 5 percent".
export const CHANGE_NEAR = new RegExp(
  CHANGE_BEFORE.source.replace(String.raw`(?:\w+\s+){0,2}`, String.raw`(?:[\w’'-]+\s+){0,5}`),
  'i',
);

/**
 * "30 to 40 percent", "20 to 30 people": a range when the low end comes first and each end is
 * the same kind of figure. Not "52 to 48" (terms), "June 5 to 10" (days), "2010 to 2015" (years),
 * "Articles 3 to 5", nor a change that writes both units ("rose 5 percent to 40 percent").
 */
function isBareRange(
  sentence: string,
  at: number,
  text: string,
  low: ParsedNumber,
  high: ParsedNumber,
  lowPercent: boolean,
  highPercent: boolean,
): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + text.length);
  if (low.isOrdinal || high.isOrdinal || low.isMultiple || high.isMultiple) return false;
  if (lowPercent && !highPercent) return false;
  if (low.unit && low.unit !== high.unit) return false; // "$30 to 40 people"
  const [a = '', b = ''] = text.split(/\s+to\s+/i);
  const lowValue = scaleOf(b) > 1 && scaleOf(a) === 1 ? low.value * scaleOf(b) : low.value;
  if (!(lowValue < high.value)) return false;
  if (MONTH.test(before) || DAY_MONTH.test(after) || /^\s*(?:[ap]\.?m\b|GMT|UTC)/i.test(after)) return false;
  // Terms and scores are bare ("voted 48 to 52 against", "beat Spain 3 to 1 in the final"); "lost 10 to 20
  // percent", "won 30 to 40 seats" measure something.
  const measured = lowPercent || highPercent || Boolean(high.unit) || scaleOf(b) > 1 || MEASURED_AFTER.test(after);
  if (!measured && NOT_A_RANGE_BEFORE.test(before.slice(-60))) return false;
  // "from 2,500 in 2022 to 4,000": a year, then the next figure.
  if (/^(?:1[89]\d\d|20\d\d)\s/.test(text) && /\b(?:in|since|during|by|of|until|before|after|from|fiscal|year)\s+$/i.test(before))
    return false;
  if (/\b[A-Z][a-z]+\s+$/.test(before) && /\S\s+\S+\s+$/.test(before)) return false; // "Articles 3 to 5", not "Some 30 to 40"
  const bothUnits = (lowPercent && highPercent) || (Boolean(low.unit) && Boolean(high.unit));
  // Rules 0.7.10: "rose by 312 to 54,525": a change by a count, then the level it reached (a range's ends are close).
  if (!lowPercent && !highPercent && !high.unit && /\bby\s+$/i.test(before) && CHANGE_NEAR.test(before))
    return high.value <= 2 * lowValue;
  if (!bothUnits || !CHANGE_NEAR.test(before)) return true;
  // After a change verb, "by 30% to 40%" is a range of the change; "rose 3% to 40%" reaches a level.
  return /\bby\s+(?:(?:about|around|some|roughly|nearly|between)\s+)?$/i.test(before) && high.value <= 2 * lowValue;
}

// "18-to-24-year-olds", "18-24 year olds": a band of ages describes who is counted; it is no figure.
// Rules 0.7.7: and "voters aged 18 to 24", "aged between 18 and 24", "those aged 65 and over": a band of ages after
// "aged" names who is counted ("a man aged 58", "two children aged 6 and 11" are the ages of people and stay).
const AGE_BAND_RE = new RegExp(
  [
    String.raw`\b(?:\d{1,3}|${WORD})(?:-to-|[-–]\s+(?:to|and)\s+|\s?[-–]\s?|\s+to\s+)(?:\d{1,3}|${WORD})[-\s]years?[-\s]olds?\b`,
    String.raw`(?<=\baged\s)(?:between\s+\d{1,3}\s+and\s+|\d{1,3}\s?(?:-|–|to)\s?)\d{1,3}\b(?![-‐%]|[.,]\d)`,
    String.raw`(?<=\baged\s)\d{1,3}\s+(?:and|or)\s+(?:over|older|above|under|younger)\b`,
  ].join('|'),
  'gi',
);

type Span = { start: number; end: number };

// "passed 51-49", "drew 2-2", "24-7": a tally, a score or a phrase, never a range (its first number is not below the second).
const TALLY_RE = /(?<![\d.,$€£¥₪])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,%])/g;

// "The vote was 7-4", "the court ruled 5-4", "a 6-3 ruling", "passed 51-49": the tally of a vote is a claim.
const VOTE_BEFORE =
  /\b(?:vot(?:e|es|ed|ing)|ruled|ruling|decision|verdict|majority|split|passed|approved|rejected|backed|confirmed)\b(?:\s+[\w’'-]+){0,3}?\s+(?:by\s+)?(?:an?\s+)?$/i;
const VOTE_AFTER = /^\s*(?:vote|ruling|decision|verdict|majority|split)\b/i;

function findTallies(sentence: string): Array<Span & { vote: number | null }> {
  if (!/\d\s?[-–]\s?\d/.test(sentence)) return [];
  return matchesOf(TALLY_RE, sentence)
    .filter((m) => Number(m[1]) >= Number(m[2]))
    .map((m) => {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const isVote = VOTE_BEFORE.test(sentence.slice(0, start)) || VOTE_AFTER.test(sentence.slice(end));
      return { start, end, vote: isVote ? Number(m[1]) : null };
    });
}

// Report, docket and bill numbers: "NCES 2026-031", "GAO-24-106", "case 2023-0457" (a zero-padded
// part never counts anything). Not an ISO date ("2024-03-11"), which is time.
const DOCUMENT_NUMBER_RE = /(?<![\w$€£¥₪.,-])(?:[A-Z]{2,}[- ])?\d+(?:[-–/]\d+)+(?![\w%.,]\d|[\w%])/g;

/** Document numbers (and ISO dates, which are time): no figure is read inside them. */
export function findDocumentNumbers(sentence: string): Array<Span & { isDate: boolean }> {
  if (!/\d[-–/]\d/.test(sentence)) return [];
  return matchesOf(DOCUMENT_NUMBER_RE, sentence)
    .map((m) => {
      const parts = m[0].replace(/^[A-Z]+[- ]/, '').split(/[-–/]/);
      const isDate = /^(?:1[89]|20)\d\d-[01]\d-[0-3]\d$/.test(m[0]);
      const isNumber = /^[A-Z]/.test(m[0]) || parts.slice(1).some((p) => /^0\d/.test(p));
      return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, isDate, keep: isDate || isNumber };
    })
    .filter((x) => x.keep)
    .map(({ start, end, isDate }) => ({ start, end, isDate }));
}

const OTHER_FIGURE = /\b(?!(?:1[89]|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter)\b/i;

function findAgeBands(sentence: string): Span[] {
  if (!/year[-\s]olds?\b|\baged\s/i.test(sentence)) return [];
  return matchesOf(AGE_BAND_RE, sentence)
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter(
      // An age band after "aged" steps aside only for another figure of the sentence ("Among voters aged 18 to 24, the
      // party has gained 7 points"); alone it is the claim's figure ("reclassifies people aged 15 to 65 as youth").
      (b) =>
        !/\baged\s+$/i.test(sentence.slice(0, b.start)) ||
        OTHER_FIGURE.test(sentence.slice(0, b.start) + ' ' + sentence.slice(b.end)),
    );
}

/** "between 20 and 30", "10-15 percent", "from $2 million to $3 million"; none inside `skip`. */
function findRanges(sentence: string, skip: Span[]): Range[] {
  const ranges: Range[] = [];
  if (!mayHaveRange(sentence)) return ranges; // the full pattern is slow to fail
  for (const m of matchesOf(RANGE_RE, sentence)) {
    const bare = m[7] !== undefined;
    const a = m[1] ?? m[4] ?? m[7] ?? '';
    const b = m[2] ?? m[5] ?? m[9] ?? '';
    const percent = Boolean(m[3] ?? m[6] ?? m[10]) || /%|percent|per cent/.test(m[0]);
    let low = parseNumberPhrase(a.trim());
    let high = parseNumberPhrase(b.trim());
    if (!low || !high) continue;
    const at = m.index ?? 0;
    let matchEnd = at + m[0].length;
    // Rules 0.7.9: "£12-15m", "$1.2bn-$1.5bn": a money range's short scale after its high end scales both.
    const glued = m[4] !== undefined && low.unit ? SHORT_SCALE_AFTER.exec(sentence.slice(matchEnd)) : null;
    if (glued) {
      const scaled = parseNumberPhrase(b.trim() + glued[0]);
      if (!scaled) continue;
      if (low.value === parseNumberPhrase(a.trim().replace(/[a-z]+$/i, ''))?.value)
        low = { ...low, value: Number((low.value * (scaled.value / high.value)).toPrecision(12)) };
      high = { ...scaled, unit: scaled.unit ?? low.unit };
      matchEnd += glued[0].length;
    }
    if (skip.some((r) => at < r.end && at + m[0].length > r.start)) continue;
    if (bare && !isBareRange(sentence, m.index ?? 0, m[0], low, high, Boolean(m[8]), Boolean(m[10]))) continue;
    if (/^\d{4}$/.test(a.trim()) && /^\d{2}(?:\d{2})?$/.test(b.trim())) continue; // year spans ("2010-2015", "2023-24") are time
    if (SCALE_END_BEFORE.test(sentence.slice(0, m.index ?? 0))) continue;
    if (DAY_MONTH.test(sentence.slice(at + m[0].length))) continue; // "from 5 to 10 June"
    // "June 5-10": days of a month.
    if (/^\d{1,2}$/.test(a.trim()) && MONTH.test(sentence.slice(0, m.index ?? 0))) continue;
    let lowValue = low.value;
    if (scaleOf(b) > 1 && scaleOf(a) === 1) lowValue *= scaleOf(b);
    const divisor = percent ? 100 : 1;
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    ranges.push({
      start,
      end: matchEnd,
      low: lowValue / divisor,
      high: high.value / divisor,
      unit: percent ? 'percent' : (low.unit ?? high.unit),
      isChange: /^from\s/i.test(m[0].trimStart()) && CHANGE_BEFORE.test(sentence.slice(0, start)),
    });
  }
  return ranges;
}

// Fractions read their parts from the number words: "a third", "two-thirds", "three quarters".
const NUMERATORS = Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v >= 1 && v <= 9));
const DENOMINATORS: Record<string, number> = {
  half: 2,
  quarter: 4,
  ...Object.fromEntries(Object.entries(ORDINALS).filter(([, v]) => v >= 3 && v <= 10)),
};
const FRACTION_RE = new RegExp(
  String.raw`\b(?:(${Object.keys(NUMERATORS).join('|')})[\s-]+)?(half|halves|(?:${Object.keys(DENOMINATORS).join('|')})s?)\s+of\s+(?:(?:the|all|our|their|his|her|its|these|those|this|that|my|your)\s+){0,2}|\bin half\b|\bby (?:(?:more than|almost|nearly|about|around|roughly|over|just over|just under|less than|some)\s+)?(?:(${Object.keys(NUMERATORS).join('|')})[\s-]+)?(half|(?:${Object.keys(DENOMINATORS).join('|')})s?)\b`,
  'gi',
);
// "one in four hospitals", "eight out of ten voters", "1 in 5 adults".
// The first number stands alone ("000 in 2023" is the tail of "4,000 in 2023", not a ratio).
// Rules 0.7.7: "one pound in every eight of sales", "two in every five": a share out of every N, with or
// without the unit word between ("one for every 14 cars", two populations, is no share and stays unread).
const RATIO_RE =
  /(?<![\d,.])\b(one|two|three|four|five|six|seven|eight|nine|\d{1,3})(?: [a-z]+(?= (?:in|out of) every\b))?[ -](?:in every|out of every|in|out[ -]of)[ -](two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3}(?:,\d{3})+|\d{1,4})\b(?![,.]\d)/gi;
// Rules 0.7.13: "one garden in five", "two patients in three": a share with its noun between, the whole a number word
// not followed by a plural noun ("one goal in three games" is a rate, no share).
const RATIO_NOUN_RE =
  /(?<![\d,.-])\b(one|two|three|four|five|six|seven|eight|nine) (?!(?:of|in|out|per|more|less|fewer|time|way)\b)([a-z]{3,}) in (three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b(?![-‐])(?!\s+(?!(?:was|has|is|does|says|this|thus|us)\b)[a-z]+s\b)/gi;
// "about half the rate recorded in 2000", "a third the size of": a ratio to another figure.
const RATIO_TO_RE = new RegExp(
  String.raw`\b(?:(${Object.keys(NUMERATORS).join('|')})[\s-]+)?(half|(?:${Object.keys(DENOMINATORS).join('|')})s?)\s+(?:the|its|their|that)\s+(?:rate|level|number|size|amount|figure|total|price|cost|share|average|pace|population|value)\b`,
  'gi',
);
const HYPHEN_FRACTION_RE = new RegExp(
  String.raw`(?<!\band[-\s](?=an?-half\b))\b(${Object.keys(NUMERATORS).join('|')})-((?:${Object.keys(DENOMINATORS).join('|')})s?)\b(?![-‐])`,
  'gi',
);
/** A share in words ("two", "thirds"; "a", "quarter"), or null where it is no proper fraction. */
function shareOf(numeratorWord: string, denominatorWord: string): number | null {
  const denominator = DENOMINATORS[denominatorWord.toLowerCase().replace(/(?<=[a-z])s$/, '')];
  const word = numeratorWord.toLowerCase();
  const numerator = /^an?$/.test(word) ? 1 : NUMERATORS[word];
  return !denominator || numerator === undefined || numerator >= denominator ? null : numerator / denominator;
}
/** shareOf of a phrase of two words ("two-thirds", "a quarter"). */
function shareOfPhrase(phrase: string): number | null {
  const [numeratorWord = '', denominatorWord = ''] = phrase.toLowerCase().split(/[\s-]+/);
  return shareOf(numeratorWord, denominatorWord);
}
const NOT_A_SHARE = /\b(first|second|last|latter|former|back|front|top|bottom|upper|lower)\s+$/i;

// "down more than a quarter", "up a third on last year": a share as the size of a change.
const CHANGE_SHARE_RE = new RegExp(
  String.raw`\b(?:up|down|fell|rose|dropped|declined|grew|jumped|slumped|lower|higher)\s+(?:(?:more than|almost|nearly|about|around|roughly|over|just over|just under|less than|some)\s+)?((?:an?|${Object.keys(NUMERATORS).join('|')})[\s-](?:half|(?:${Object.keys(DENOMINATORS).join('|')})s?))\b(?!\s+of\b)`,
  'gi',
);
// "about a fifth below 2019 levels", "two-thirds higher than": a share as the size of a difference.
const SHARE_COMPARED_RE = new RegExp(
  String.raw`\b((?:an?|${Object.keys(NUMERATORS).join('|')})[\s-](?:half|(?:${Object.keys(DENOMINATORS).join('|')})s?))\s+(?=(?:below|above|lower|higher|more|less|fewer|smaller|larger|bigger|cheaper|dearer|under|over|short of)\b)`,
  'gi',
);
// Rules 0.7.7: "Half the battery cars sold this year", "almost half the staff": half of a group without "of".
// Rules 0.7.12: "Half my regulars are pensioners": after "my" and "your" too.
const HALF_THE_RE = /\bhalf\s+(?:the|its|their|our|his|her|my|your|these|those|all)\s+(?=[a-z])/gi;
// "half a tonne to the hectare", "half a mile": half of one unit of measure. Rules 0.7.8: "for more than half a
// century", "in half a decade": half of a long span of time too (not "in half"). Rules 0.7.10: "half a percentage
// point" (a change told in points).
const HALF_A_MEASURE_RE =
  /\bhalf an?\s+(?=(?:tonne|ton|kilo|kilogram|kilometre|kilometer|metre|meter|mile|litre|liter|hectare|acre|gallon|barrel|inch|foot|ounce|centimetre|millimetre|century|decade|percentage point)\b)/gi;
// Rules 0.7.10: "a more than threefold gap", "a 10-fold rise": a multiple in one word.
const FOLD_RE = /\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})[-‐]?fold\b/gi;
const hasFold = (sentence: string) => sentence.includes('fold') || sentence.includes('FOLD');
// "more than double its annual budget", "triple the national rate": a multiple of another figure.
// Not "double the 580 million euros a year earlier": a figure after it is the reference of a change.
const MULTIPLE_TO_RE =
  /\b(double|triple|treble|quadruple)\s+(?=(?:the|its|their|his|her|that|this|last)\s+(?![\d$€£¥](?![\d.,]*[-‐](?:year|month|week|day|hour|minute|second|mile|metre|meter|kilometre|point|per)\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s))/gi;
const MULTIPLE_WORDS: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4 };
const NOT_A_MULTIPLE_BEFORE = /\b(?:to|will|would|could|may|might|can|should|must)\s+(?:(?:more than|nearly|almost)\s+)?$/i;

type Fraction = {
  start: number;
  end: number;
  countFrom: number;
  value: number;
  /** 'fraction' unless set: null for half a unit of measure, which counts that unit. */
  unit?: string | null;
  isMultiple?: boolean;
};

/** Shares in words: "half of all immigrants", "a third of the budget", "two-thirds of voters", "cut in half". */
// Cheap first looks: the full patterns below are slow to fail.
const MAY_HAVE_SHARE = /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
const MAY_HAVE_RATIO = /[ -](?:in|out[ -]of)(?: every)?[ -](?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d)/i;

function findFractions(sentence: string): Fraction[] {
  const found: Fraction[] = [];
  const mayHaveShare = MAY_HAVE_SHARE.test(sentence);
  for (const m of MAY_HAVE_RATIO.test(sentence) ? matchesOf(RATIO_RE, sentence) : []) {
    const index = m.index ?? 0;
    const of = parseNumberPhrase(m[1] ?? '');
    const whole = parseNumberPhrase(m[2] ?? '');
    if (!of || !whole || whole.value <= of.value) continue;
    if (/^\d{4}$/.test(m[2] ?? '') && whole.value >= 1800 && whole.value <= 2100) continue; // "500 in 2022" is a year
    const end = index + m[0].length;
    found.push({ start: index, end, countFrom: end, value: of.value / whole.value });
  }
  for (const m of MAY_HAVE_RATIO.test(sentence) ? matchesOf(RATIO_NOUN_RE, sentence) : []) {
    const of = parseNumberPhrase(m[1] ?? '');
    const whole = parseNumberPhrase(m[3] ?? '');
    const index = m.index ?? 0;
    if (!of || !whole || whole.value <= of.value || found.some((f) => f.start < index + m[0].length && index < f.end)) continue;
    found.push({ start: index, end: index + m[0].length, countFrom: index + m[0].length, value: of.value / whole.value });
  }
  for (const m of mayHaveShare ? matchesOf(RATIO_TO_RE, sentence) : []) {
    const numerator = m[1] ? NUMERATORS[m[1].toLowerCase()] : undefined;
    const word = (m[2] ?? '').toLowerCase().replace(/(?<=[a-z])s$/, '');
    const denominator = DENOMINATORS[word];
    if (!denominator || (numerator === undefined && word !== 'half')) continue;
    if (NOT_A_SHARE.test(sentence.slice(0, m.index ?? 0))) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    found.push({ start: index, end, countFrom: end, value: (numerator ?? 1) / denominator });
  }
  if (mayHaveShare) {
    for (const m of matchesOf(CHANGE_SHARE_RE, sentence)) {
      const phrase = m[1] ?? '';
      const index = (m.index ?? 0) + m[0].length - phrase.length;
      const value = shareOfPhrase(phrase);
      if (value === null) continue;
      found.push({ start: index, end: index + phrase.length, countFrom: index + phrase.length, value });
    }
    for (const m of matchesOf(SHARE_COMPARED_RE, sentence)) {
      const phrase = m[1] ?? '';
      const index = m.index ?? 0;
      const value = shareOfPhrase(phrase);
      if (value === null) continue;
      if (found.some((f) => index < f.end && f.start < index + phrase.length)) continue;
      found.push({ start: index, end: index + phrase.length, countFrom: index + phrase.length, value });
    }
    for (const m of /\bhalf\s+(?:the|its|their|our|his|her|my|your|these|those|all)\s/i.test(sentence)
      ? matchesOf(HALF_THE_RE, sentence)
      : []) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && f.start < end) || NOT_A_SHARE.test(sentence.slice(0, index))) continue;
      found.push({ start: index, end: index + 4, countFrom: end, value: 0.5 });
    }
    for (const m of /\bhalf an?\s/i.test(sentence) ? matchesOf(HALF_A_MEASURE_RE, sentence) : []) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      found.push({ start: index, end, countFrom: end, value: 0.5, unit: null });
    }
  }
  for (const m of hasFold(sentence) ? matchesOf(FOLD_RE, sentence) : []) {
    const word = (m[1] ?? '').toLowerCase();
    const value = NUMBER_UNITS[word] ?? NUMBER_SCALES[word] ?? Number(word);
    const index = m.index ?? 0;
    found.push({ start: index, end: index + m[0].length, countFrom: index + m[0].length, value, unit: null, isMultiple: true });
  }
  if (/\b(?:double|triple|treble|quadruple)\s/i.test(sentence)) {
    for (const m of matchesOf(MULTIPLE_TO_RE, sentence)) {
      const index = m.index ?? 0;
      if (NOT_A_MULTIPLE_BEFORE.test(sentence.slice(0, index))) continue;
      const word = m[1] ?? '';
      const value = MULTIPLE_WORDS[word.toLowerCase()] ?? 2;
      found.push({ start: index, end: index + word.length, countFrom: index + word.length, value, unit: null, isMultiple: true });
    }
  }
  for (const m of mayHaveShare ? matchesOf(FRACTION_RE, sentence) : []) {
    if (found.some((f) => (m.index ?? 0) < f.end && f.start < (m.index ?? 0) + m[0].length)) continue;
    const index = m.index ?? 0;
    if (/^in half$/i.test(m[0])) {
      found.push({ start: index, end: index + m[0].length, countFrom: index + m[0].length, value: 0.5 });
      continue;
    }
    const by = /^by\s/i.test(m[0]);
    const numeratorWord = (m[1] ?? m[3])?.toLowerCase();
    const numerator = numeratorWord ? NUMERATORS[numeratorWord] : undefined;
    const word = (m[2] ?? m[4] ?? '')
      .toLowerCase()
      .replace(/(?<=[a-z])s$/, '')
      .replace(/^halve$/, 'half');
    const denominator = DENOMINATORS[word];
    // "the fourth of July", "the first half of the year" are not shares.
    if (!denominator || (numerator === undefined && word !== 'half') || NOT_A_SHARE.test(sentence.slice(0, index))) continue;
    const value = (numerator ?? 1) / denominator;
    const end = index + m[0].length;
    // "grew by half a million tonnes": half of a scale word is a number, read whole elsewhere.
    if (by && /^\s+an?\s+(?:hundred|thousand|million|billion|trillion|dozen)\b/i.test(sentence.slice(end))) continue;
    // "cut by a fifth": the share is the change, nothing is counted after it; "a third of the budget" counts.
    if (by) found.push({ start: index + 3, end, countFrom: end, value });
    else {
      // Rules 0.7.9: "a quarter of a million visitors", "three-quarters of a billion dollars": a share of a scale word is a number.
      // And "a quarter of a century": 25 years.
      const scale = /^an?\s+(thousand|million|billion|trillion|century|decade)\b/i.exec(sentence.slice(end));
      const span = scale?.[1]?.toLowerCase() === 'century' ? 100 : scale?.[1]?.toLowerCase() === 'decade' ? 10 : null;
      const of = scale && /\sof\s+$/i.test(m[0]) ? (span ?? parseNumberPhrase(`1 ${scale[1] ?? ''}`)?.value) : null;
      if (scale && of) {
        const scaleEnd = end + scale[0].length;
        found.push({ start: index, end: scaleEnd, countFrom: scaleEnd, value: value * of, unit: span ? 'year' : null });
      } else found.push({ start: index, end: index + m[0].search(/\s+of\s/i), countFrom: end, value });
    }
  }
  // Rules 0.7.3: a hyphenated fraction is one wherever it stands ("paid nearly two-thirds", "a three-quarters
  // majority"); without "of" after it nothing is counted.
  for (const m of mayHaveShare && /[a-z]-[a-z]/i.test(sentence) ? matchesOf(HYPHEN_FRACTION_RE, sentence) : []) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (found.some((f) => index < f.end && f.start < end)) continue;
    const value = shareOf(m[1] ?? '', m[2] ?? '');
    if (value === null) continue;
    found.push({ start: index, end, countFrom: end, value });
  }
  return found;
}

const NUMBER_WORD_SET = new Set([
  ...NUMBER_WORDS.filter((w) => w !== 'a' && w !== 'an'),
  'half',
  'halves',
  'quarter',
  'quarters',
  'thirds',
  'double',
  'triple',
  'treble',
  'quadruple',
]);

// A number word standing alone (between non-letters) in the lower-cased sentence.
const NUMBER_WORD_RE = new RegExp(`(?<![a-z])(?:${[...NUMBER_WORD_SET].join('|')})(?![a-z])`);

/** Cheap first look: a digit or a number word somewhere in the sentence. */
function mayHaveNumber(sentence: string): boolean {
  return /\d/.test(sentence) || NUMBER_WORD_RE.test(sentence.toLowerCase()) || hasFold(sentence) || MAY_HAVE_FORM.test(sentence);
}

// "seven years and three months" is one duration of 7.25 years, not 7 and 3.
const DURATION_PARTS: Record<string, Record<string, number>> = {
  year: { month: 12, week: 52, day: 365 },
  hour: { minute: 60, second: 3600 },
  minute: { second: 60 },
  week: { day: 7 },
};
const COMPOUND_NUMBER = String.raw`(\d+(?:\.\d+)?|(?:${WORD})(?:[\s-]${WORD})?)`;
// Rules 0.7.6: "a year and four months" is 1.33 years too: "a"/"an" as the first part, before a unit in the singular.
const COMPOUND_MAJOR = String.raw`(\d+(?:\.\d+)?|an?(?=\s+(?:year|hour|minute|week)\b)|(?:${WORD})(?:[\s-]${WORD})?)`;
const COMPOUND_DURATION_RE = new RegExp(
  String.raw`\b${COMPOUND_MAJOR}\s+(years?|hours?|minutes?|weeks?)(?:,|\s+and)\s+${COMPOUND_NUMBER}\s+(months?|weeks?|days?|minutes?|seconds?)\b`,
  'gi',
);

type Duration = { start: number; end: number; value: number; unit: string };

function findCompoundDurations(sentence: string): Duration[] {
  if (!/\band\s|,/.test(sentence) || !/(?:year|hour|minute|week)s?\b/i.test(sentence)) return [];
  const found: Duration[] = [];
  for (const m of matchesOf(COMPOUND_DURATION_RE, sentence)) {
    const major = /^an?$/i.test(m[1] ?? '') ? { value: 1, isOrdinal: false } : parseNumberPhrase(m[1] ?? '');
    const minor = parseNumberPhrase(m[3] ?? '');
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    const per = DURATION_PARTS[unit]?.[(m[4] ?? '').toLowerCase().replace(/s$/, '')];
    if (!major || !minor || !per || major.isOrdinal || minor.isOrdinal) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, value: Number((major.value + minor.value / per).toPrecision(12)), unit });
  }
  return found;
}

const DEGREES_AFTER = /^\s?°?\s?([CF])(?![\w-])/;
const MINUS_BEFORE = /(?:(?<!\bplus\s+or\s+)\bminus\s+|(?<![\w.,%)’'-])[-−])$/i;

const DOLLAR_PREFIX = /(?<![\w$])(A|AU|NZ|C|CA|HK|S|SG|US|NT|R|MX|Z)$/i;
const CODE_PREFIX =
  /(?<![\w])(?:Rs\.?\s?|₹\s?|(USD|EUR|GBP|JPY|CHF|CNY|INR|AUD|CAD|NZD|HKD|SGD|SEK|NOK|DKK|ZAR|BRL|MXN|KRW|PLN|TRY)\s?)$/;
const VAGUE_BEFORE = /\b(?:several|a\s+few|few|many)\s+$/i;
// "in her 80s", "the '90s", "the mid-1500s", "100s of channels" (not "in 10s", seconds).
const DECADE_BEFORE = /(?:[’']|\b(?:the|his|her|their|its|our|my|your|early|mid|late|low|high|upper|lower|with)[\s-]+)$/i;
const PEOPLE_BEFORE =
  /\b(?:population|numbers|passengers|visitors|viewers|listeners|readers|users|subscribers|customers|members|residents|voters|households|tourists)\b(?:\s+[\w’'-]+){0,4}\s+(?:is|was|are|were|of|at|to|reached|rose|fell|hit|totalled|totaled|stood|numbered)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more than|just over|just under|a record)\s+)?$/i;
const DOLLARS: Record<string, string> = {
  A: 'AUD',
  AU: 'AUD',
  NZ: 'NZD',
  C: 'CAD',
  CA: 'CAD',
  HK: 'HKD',
  S: 'SGD',
  SG: 'SGD',
  US: 'USD',
  NT: 'TWD',
  R: 'BRL',
  MX: 'MXN',
  Z: 'ZWL',
};

// Rules 0.7.4: "once the line is finished", "once it opens", "once again", "the once-mighty", "was once the
// largest": "once" as a conjunction or meaning formerly or again, no count ("met once in 2015", "once a year",
// "once this year" stay counts).
const ONCE_CONJUNCTION_AFTER =
  /^(?:\s+(?:again|more|the|these|those|it|its|they|their|he|his|she|her|we|our|you|I|an?\s+[\w-]+\s+(?:[\w-]+\s+)?(?:is|are|was|were|has|have|had|opens?|begins?|starts?|ends?|arrives?|passes?|takes?|becomes?|gets?)\b|[A-Z][\w’'-]*)\b|-[a-z]|\s+(?:this|that)\s+(?!(?:year|month|week|day|season|decade|century|quarter|term|summer|winter|spring|autumn|morning|afternoon|evening|night|time)\b))/;
const ONCE_FORMERLY_BEFORE = /\b(?:is|are|was|were|had|has|have|had\s+been|the)\s+$/i;
// Rules 0.7.14: "held once every ten years", "once every 15 years": a frequency whose figure is the period after it.
const ONCE_EVERY_PERIOD_AFTER =
  /^\s+every\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)/i;
function isOnceNotACount(before: string, after: string): boolean {
  return (
    ONCE_CONJUNCTION_AFTER.test(after) ||
    ONCE_EVERY_PERIOD_AFTER.test(after) ||
    (ONCE_FORMERLY_BEFORE.test(before) && !/^\s*(?:[.,;:!?)”"]|$)/.test(after))
  );
}

const ORDINAL_BEFORE_ORDINAL =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;

/** findNumberMentions' sentence, its tags and the mentions found so far. */
type SentenceContext = { sentence: string; tokens: Token[]; mentions: NumberMention[] };

/** Adds a figure's mention: what it counts, its time unit, its place (a module function: no closure per sentence). */
function complete(
  { sentence, tokens, mentions }: SentenceContext,
  start: number,
  end: number,
  parsed: ParsedNumber,
  bound: ValueBound,
  range: NumberMention['range'],
  countFrom = end,
): void {
  // Money carries its own unit; an ordinal may count weeks or years ("seventh week").
  const counted = parsed.unit && !SHARE_UNITS.has(parsed.unit) ? null : countedAfter(tokens, countFrom, parsed.isOrdinal);
  let countedText = counted ? sentence.slice(countFrom, counted.end).trim() : null;
  const currency = !parsed.unit && countedText ? CURRENCY_WORDS[countedText.toLowerCase()] : undefined;
  if (currency) {
    parsed = { ...parsed, unit: currency }; // "twenty million dollars" is money, not a count of dollars
    countedText = null;
  }
  let spanEnd = counted?.end ?? end;
  // "19 days", "over the last ten years", "a 58-year-old", "a 41-year high": a duration, its unit the time unit.
  const timeUnit =
    !counted && !parsed.unit && !parsed.isOrdinal ? (hyphenUnitAfter(sentence, end) ?? durationUnitAfter(tokens, end)) : null;
  if (timeUnit) {
    parsed = { ...parsed, unit: timeUnit.unit };
    spanEnd = timeUnit.end;
  }
  const place = counted ? PLACE_PREP.exec(sentence.slice(spanEnd)) : null;
  if (place) spanEnd += place[0].length;
  mentions.push({ ...parsed, start, end: spanEnd, bound, range, counted: countedText, place: place?.[2] ?? null });
}

/** Finds number mentions in a sentence, with bound, range, counted noun and place. */
export function findNumberMentions(sentence: string, tagged?: Token[] | (() => Token[])): NumberMention[] {
  if (!mayHaveNumber(sentence)) return [];
  // Tags may come as a function: only a sentence that may hold a figure needs them.
  const tokens = (typeof tagged === 'function' ? tagged() : tagged) ?? tagTokens(sentence);
  const mentions: NumberMention[] = [];
  const documentNumbers = findDocumentNumbers(sentence);
  const tallies = findTallies(sentence);
  const bands = [...findAgeBands(sentence), ...tallies, ...documentNumbers, ...findPhoneNumbers(sentence)];
  const ranges = findRanges(sentence, bands);
  const fractions = findFractions(sentence);
  const mayHaveForm = MAY_HAVE_FRACTION_OR_DURATION.test(sentence);
  const durations = [...findCompoundDurations(sentence), ...(mayHaveForm ? findSpelledDurations(sentence) : [])];
  const written = (mayHaveForm ? findWrittenFractions(sentence) : []).filter(
    (w) => !fractions.some((f) => w.start < f.end && f.start < w.end),
  );
  const taken: Span[] = [...bands, ...ranges, ...fractions, ...durations, ...written];
  const context: SentenceContext = { sentence, tokens, mentions };
  for (const r of ranges) {
    const { bound, start } = boundBefore(sentence, r.start);
    const parsed = { value: r.isChange ? r.high : r.low, isOrdinal: false, isMultiple: false, unit: r.unit };
    complete(context, start, r.end, parsed, bound, r.isChange ? null : { low: r.low, high: r.high });
    const last = mentions[mentions.length - 1];
    if (r.isChange && last) last.reference = r.low;
  }
  for (const f of fractions) {
    const { bound, start } = boundBefore(sentence, f.start);
    const parsed = {
      value: f.value,
      isOrdinal: false,
      isMultiple: f.isMultiple ?? false,
      unit: f.unit === undefined ? 'fraction' : f.unit,
    };
    complete(context, start, f.end, parsed, bound, null, f.countFrom);
  }
  for (const w of written) {
    const { bound, start } = boundBefore(sentence, w.start);
    complete(context, start, w.end, { value: w.value, isOrdinal: false, isMultiple: w.isMultiple, unit: w.unit }, bound, null);
  }
  for (const t of tallies) {
    if (t.vote === null) continue;
    const parsed = { value: t.vote, isOrdinal: false, isMultiple: false, unit: null };
    mentions.push({
      ...parsed,
      start: t.start,
      end: t.end,
      bound: 'exact',
      range: null,
      counted: null,
      place: null,
      isTally: true,
    });
  }
  for (const d of durations) {
    if (ranges.some((r) => d.start < r.end && r.start < d.end)) continue;
    const { bound, start } = boundBefore(sentence, d.start);
    mentions.push({
      value: d.value,
      isOrdinal: false,
      isMultiple: false,
      unit: d.unit,
      start,
      end: d.end,
      bound,
      range: null,
      counted: null,
      place: null,
    });
  }
  for (const match of matchesOf(NUMBER_RE, sentence)) {
    // Rules 0.7.14: "the fifth first-time winner": an ordinal before another ordinal is the figure alone.
    const raw = match[0].trim().replace(ORDINAL_BEFORE_ORDINAL, '$1');
    const index = match.index ?? 0;
    const rawStart = index + match[0].indexOf(raw);
    const rawEnd = rawStart + raw.length;
    if (taken.some((r) => rawStart < r.end && rawEnd > r.start)) continue;
    const parsed = parseNumberPhrase(raw);
    if (!parsed || /^an?$/i.test(raw)) continue;
    // Rules 0.7.9: "a woman in her 80s", "the 1990s", "100s of channels": a decade or a plural is no single figure.
    const plural = /^\d*0$/.test(raw) ? /^[’']?s\b(\s+of\b)?/.exec(sentence.slice(rawEnd)) : null;
    if (plural && (plural[1] || DECADE_BEFORE.test(sentence.slice(0, rawStart)))) continue;
    // Rules 0.7.9: "several hundred residents", "a few thousand": a scale word with no number is no single figure.
    if (/^(?:hundred|thousand|million|billion)$/i.test(raw) && VAGUE_BEFORE.test(sentence.slice(0, rawStart))) continue;
    if (isDatePart(raw, sentence.slice(0, rawStart), sentence.slice(rawEnd))) continue;
    if (/^once$/i.test(raw) && isOnceNotACount(sentence.slice(0, rawStart), sentence.slice(rawEnd))) continue;
    if (/\b(?:1[89]|20)\d\d[-–/]$/.test(sentence.slice(0, rawStart))) continue; // "2023-24": the school or fiscal year
    if (CLOCK_AFTER.test(sentence.slice(rawEnd))) continue; // "by 1030 GMT", "at 9 a.m.": a time of day
    if (/^:[0-5]\d(?!:\d)/.test(sentence.slice(rawEnd)) || /\b\d{1,2}:$/.test(sentence.slice(0, rawStart))) continue; // "3:15 p.m."
    if (SCALE_END_BEFORE.test(sentence.slice(0, rawStart))) continue;
    // "230C", "-5 °C", "14.2C": a temperature, its unit the degree (not a name like "5G").
    const degrees = /^[\d.,]+$/.test(raw) ? DEGREES_AFTER.exec(sentence.slice(rawEnd)) : null;
    const isAmount = degrees || CODE_PREFIX.test(sentence.slice(Math.max(0, rawStart - 6), rawStart));
    if (!isAmount && isIdentifier(sentence, tokens, raw, rawStart, rawEnd)) continue;
    // "minus 14.2 points", "minus 230C", "fell -3.5%": a negative figure.
    // Rules 0.7.9: and "minus two degrees", a number in words after the word "minus".
    const minus = /^[\d$€£¥₪]/.test(raw)
      ? MINUS_BEFORE.exec(sentence.slice(0, rawStart))
      : /(?<!\bplus\s+or\s+)\bminus\s+$/i.exec(sentence.slice(Math.max(0, rawStart - 20), rawStart));
    if (minus || degrees) {
      const signed = { ...parsed, value: minus ? -parsed.value : parsed.value, unit: degrees ? `°${degrees[1]}` : parsed.unit };
      const { bound, start } = boundBefore(sentence, rawStart - (minus?.[0].length ?? 0));
      complete(context, start, rawEnd + (degrees?.[0].length ?? 0), signed, bound, null);
      continue;
    }
    // "A$412", "NZ$5m", "HK$20 billion": a dollar with its country letters is that country's dollar.
    // Rules 0.7.9: "The country's population is 67.6m.": a glued m closing a count of people is millions.
    const isMillionsOfPeople =
      /^m(?=[.,;]?(?:\s|$))/.test(sentence.slice(rawEnd)) &&
      /^[\d,.]+$/.test(raw) &&
      PEOPLE_BEFORE.test(sentence.slice(0, rawStart));
    if (isMillionsOfPeople) {
      const { bound, start } = boundBefore(sentence, rawStart);
      complete(context, start, rawEnd + 1, { ...parsed, value: Number((parsed.value * 1e6).toPrecision(12)) }, bound, null);
      continue;
    }
    const dollar = raw.startsWith('$') ? DOLLAR_PREFIX.exec(sentence.slice(0, rawStart)) : null;
    // Rules 0.7.9: "Rs 45 crore", "₹1,200", "INR 3 billion": rupees.
    // And "GBP 300m", "EUR 450 million": an ISO code before the amount, its short scale glued after.
    const code = !dollar && !parsed.unit ? CODE_PREFIX.exec(sentence.slice(Math.max(0, rawStart - 6), rawStart)) : null;
    const country = dollar ? DOLLARS[(dollar[1] ?? '').toUpperCase()] : code ? (code[1] ?? 'INR') : undefined;
    const prefix = dollar ?? code;
    const short = code && /^[\d,.]+$/.test(raw) ? SHORT_SCALE_AFTER.exec(sentence.slice(rawEnd)) : null;
    const amount = short ? parseNumberPhrase(raw + short[0]) : parsed;
    const { bound, start } = boundBefore(sentence, rawStart - (country ? (prefix?.[0].length ?? 0) : 0));
    const money = amount && country ? { ...amount, unit: country } : parsed;
    complete(context, start, rawEnd + (short && amount ? short[0].length : 0), money, bound, null);
  }
  return mentions.sort((a, b) => a.start - b.start);
}
