import * as chrono from 'chrono-node';
import { isPlausibleScopeDay } from '@claimledger/contracts';
import { parseNumberPhrase } from './numbers';

export type TimeScope = { start: string; end: string };

// A day out of Date's range ("300 million years ago") is no day: '' here, dropped by plausible().
// Years 1000–9999 are written out directly (toISOString is slow); others as toISOString writes them.
const iso = (d: Date) => {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
};

/** A scope a claim can store: both ends days from 1000 to 9999 ("5,000 years ago" is no scope). */
const plausible = (scope: TimeScope | null) =>
  scope && isPlausibleScopeDay(scope.start) && isPlausibleScopeDay(scope.end) ? scope : null;
// Month and weekday names are capitalised in English: a case-sensitive look keeps "may" and "market" out.
const MAY_HAVE_DATE =
  /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b(today|tonight|yesterday|tomorrow|ago|weekend)\b|\d{1,2}\/\d{1,2}/;
// Date.UTC reads a year 0–99 as 1900–1999 ("2,000 years ago" is year 24, not 1924): set it apart.
function utc(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  return date;
}

export function toDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A whole calendar year. */
function year(y: number): TimeScope {
  return { start: iso(utc(y, 0, 1)), end: iso(utc(y, 11, 31)) };
}

function month(y: number, m: number): TimeScope {
  return { start: iso(utc(y, m, 1)), end: iso(utc(y, m + 1, 0)) };
}

/**
 * The time a sentence speaks of, resolved against the publication date: "this year",
 * "last month", "on Friday", "last November", "in September 2015". Null if none.
 */
export function resolveTimeScope(sentence: string, publishedAt: Date | null): TimeScope | null {
  if (!publishedAt) return null;
  // The claims of a paragraph ask about the same few texts in turn: remember the latest answers
  // (compared as they are: a joined key copied and hashed every sentence).
  const time = publishedAt.getTime();
  const known = recent.find((r) => r.time === time && r.sentence === sentence);
  if (known) return known.scope;
  const scope = plausible(resolveUncached(sentence, publishedAt));
  recent[next] = { time, sentence, scope };
  next = (next + 1) % RECENT_LIMIT;
  return scope;
}

const RECENT_LIMIT = 16;
const recent: Array<{ time: number; sentence: string; scope: TimeScope | null }> = [];
let next = 0;

/**
 * "down from 9,900 a year ago", "higher than a decade ago": the time of a reference value (in
 * its clause, after "from", "than", "compared with" …), not of the claim.
 */
const REFERENCE_AGO =
  /(\b(?:from|than|compared (?:with|to)|versus|vs\.?|against|on)\b(?:[^,;:]|(?<=\d),(?=\d)){0,40}?)((?:\b[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\s+(?:ago|earlier)\b)/gi;

/** The cheap first look before REFERENCE_AGO. */
const AGO_WORD = /\b(?:ago|earlier)\b/i;

/** Whether `text` dates a reference value ("than we did five years ago"): its time is not the claim's. */
export function datesReference(text: string): boolean {
  // `search` starts at 0 whatever the global pattern's lastIndex.
  return AGO_WORD.test(text) && text.search(REFERENCE_AGO) >= 0;
}

// chrono reads "5 to 10 June" as hours of June 1: ask it about "June 5 to 10" (same start, same length).
// chrono reads "between April and October" as April alone: ask it about "April to October".
const chronoText = (sentence: string) =>
  (/\d/.test(sentence)
    ? sentence.replace(DAYS_BEFORE_MONTH, (_, a: string, b: string, m: string) => `${m} ${a} to ${b}`.padEnd(_.length))
    : sentence
  )
    .replace(MONTHS_BETWEEN, (_, a: string, b: string) => `${a} to ${b}`.padEnd(_.length))
    .replace(YEAR_TO_MONTH, (_, m: string) => m.padStart(_.length));

function resolveUncached(text: string, publishedAt: Date): TimeScope | null {
  const sentence = AGO_WORD.test(text)
    ? text.replace(REFERENCE_AGO, (_, before: string, ago: string) => before + ' '.repeat(ago.length))
    : text;
  const y = publishedAt.getUTCFullYear();
  const rel = /\b(this|last|next|past) (year|month)\b/i.exec(sentence);
  if (rel) {
    const shift = /last|past/i.test(rel[1] ?? '') ? -1 : /next/i.test(rel[1] ?? '') ? 1 : 0;
    if (/year/i.test(rel[2] ?? '')) return year(y + shift);
    return month(y, publishedAt.getUTCMonth() + shift);
  }
  const ago = agoScope(sentence, publishedAt);
  if (ago) return ago;
  // Cheap first looks: the year patterns below need the digits of a year, the days rewrite a digit.
  const hasYear = YEAR_DIGITS.test(sentence);
  const span = hasYear ? YEAR_SPAN.exec(sentence) : null;
  if (span) {
    const first = Number(span[1] ?? span[3]);
    const tail = span[2] ?? span[4] ?? '';
    const last = Number(tail.length === 2 ? `${String(first).slice(0, 2)}${tail}` : tail);
    if (last > first) return { start: year(first).start, end: year(last).end };
  }
  // Rules 0.7.16: "since the end of 2021", "since the start of 2019": the year named.
  const since = hasYear
    ? /\bsince (?:at least |as far back as |the (?:end|start|beginning|middle|close) of )?(1[89]\d\d|20\d\d)\b/i.exec(sentence)
    : null;
  if (since) return { start: year(Number(since[1])).start, end: iso(publishedAt) };
  const inYear = hasYear ? (/\b(?:in|during|by) (1[89]\d\d|20\d\d)\b/i.exec(sentence) ?? YEAR_AS_MODIFIER.exec(sentence)) : null;
  // chrono is the slow part of extraction: only ask it when a date word is present.
  const parsed = MAY_HAVE_DATE.test(sentence)
    ? chrono.parse(chronoText(sentence), { instant: publishedAt, timezone: 0 }, { forwardDate: false })
    : [];
  // "for 31 years" is a length of time, not a date 31 years ahead (chrono reads it forward).
  // "the highest level in three years", "up a third in three years": a span looked back over, not a
  // date three years ahead (unless the sentence speaks of the future).
  const future = FUTURE.test(sentence);
  const hit = parsed.find(
    (h) => !DURATION_HIT.test(h.text) && !SPAN_FROM_EVENT.test(h.text) && (future || !SPAN_IN_HIT.test(h.text)),
  );
  const scope = hit ? fromChrono(hit, publishedAt, future) : null;
  // "since January 2021" runs from then to the publication date.
  if (scope && hit && /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(sentence.slice(0, hit.index))) {
    return { start: scope.start, end: iso(publishedAt) };
  }
  if (scope) return scope;
  if (inYear) return year(Number(inYear[1]));
  // Rules 0.7.12: "in the 1970s", "by the late 1990s": the decade.
  const decade = hasYear ? DECADE.exec(sentence) : null;
  if (decade) return { start: year(Number(decade[1])).start, end: year(Number(decade[1]) + 9).end };
  // "fiscal 2023", "FY2023", "FY23": the calendar year it is named after (fiscal years start on different days).
  const fiscal = FISCAL_YEAR.exec(sentence);
  if (fiscal) return year(Number(fiscal[1]?.length === 2 ? `20${fiscal[1]}` : fiscal[1]));
  return null;
}

const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
const DECADE = /\b(?:in|during|by|throughout) the (?:early |late |mid-|mid )?(1[89]\d0|20\d0)s\b/i;

// "between 2010 and 2015", "in 2019 and 2020", "in 2022/23", "during the 2023-24 season": both years.
const YEAR_SPAN = new RegExp(
  [
    String.raw`\b(?:between|from) (1[89]\d\d|20\d\d) (?:and|to|until) (1[89]\d\d|20\d\d)\b`,
    String.raw`\b(?:in|during) (?:the )?(1[89]\d\d|20\d\d)(?: and |[-–/])((?:1[89]|20)?\d\d)\b(?![-–/.,]?\d)`,
  ].join('|'),
  'i',
);
// "Gatwick's 2023 total", "the 2022 figure", "the 2024 election": the year a figure belongs to.
// Not the end of a span ("the 1991-2020 average" is a baseline); one adjective may come between
// ("the 2024 general election").
const YEAR_AS_MODIFIER =
  /(?<![-–/]\d{0,3})\b(1[89]\d\d|20\d\d)(?:['’]s)? (?:(?:general|annual|national|local|regional|official|final|provisional|full-year|whole-year|latest)\s)?(?:total|figure|level|count|tally|budget|season|census|election|harvest|intake|average|rate|results?|survey|data|report)\b/i;

const DAYS_BEFORE_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|[-–]|until|through)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// Rules 0.7.3: also "between January and the end of October", "from the start of April to late June".
const MONTHS_BETWEEN = new RegExp(
  String.raw`\b(?:[Bb]etween|[Ff]rom) (?:the (?:start|beginning) of |early |mid-?)?(${MONTH_NAME}) (?:and|to|until) (?:the (?:end|close) of |late |mid-?)?(${MONTH_NAME})\b`,
  'g',
);
// Rules 0.7.6: "in the year to March": a year that ends in that month, told as the months to it are ("in the 12 months to
// March" is that March); chrono reads "in the year" as a year ahead.
const YEAR_TO_MONTH = new RegExp(
  String.raw`\b(?:in |over |during )?the (?:financial |fiscal )?year (?:to|ending) (${MONTH_NAME})\b`,
  'g',
);
const FISCAL_YEAR = /\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)((?:19|20)\d\d|\d\d)\b/;

const DURATION_HIT =
  /^(?:for|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:[\d,.]+|[a-z-]+)(?:\s+[a-z-]+)?\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b/i;

// Rules 0.7.6: "almost 37 years after the industry was privatised in December 1989", "10 days after his arrest on
// June 3": a span counted from the event named next, not a date that far from publication (chrono reads it so).
const SPAN_FROM_EVENT =
  /^(?:[\d,.]+|[a-z-]+)(?:\s+[a-z-]+)?\s+(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:after|before)$/i;

const SPAN_IN_HIT = /^in\s+(?:a|an|[\d,.]+|[a-z-]+)\s+(?:years?|months?|weeks?|days?|decades?)$/i;

// Future tense: "will cut rates in December" means the next December, not the last one.
// "had been due to take by the end of July", "was due to recruit by March": a plan told in the past is no future.
const FUTURE =
  /\b(will|won't|would|shall|going to|(?<!\b(?:had been|was|were)\s)(?:likely to|expected to|set to|scheduled to|due to)|plans? to|next)\b/i;

/**
 * A chrono result as a day, month or year; a date without a year is the last (or, ahead, the
 * next) one. A range of days or months ("June 5 to 10", "January to March 2023") runs from
 * the first to the last.
 */
function fromChrono(hit: chrono.ParsedResult, publishedAt: Date, ahead: boolean): TimeScope | null {
  const end = hit.end;
  // "from January to March 2023": the first month takes the year of the last.
  const first = componentScope(hit.start, publishedAt, ahead, Boolean(end?.isCertain('year')));
  if (!first || !end || !(end.isCertain('day') || end.isCertain('month'))) return first;
  const last = componentScope(end, publishedAt, ahead);
  return last && last.end >= first.start ? { start: first.start, end: last.end } : first;
}

function componentScope(known: chrono.ParsedComponents, publishedAt: Date, ahead: boolean, yearGiven = false): TimeScope | null {
  const y = publishedAt.getUTCFullYear();
  const date = known.date();
  const yearKnown = yearGiven || known.isCertain('year');
  if (known.isCertain('day')) {
    let d = date;
    if (!yearKnown && !ahead && d > publishedAt) d = utc(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
    if (!yearKnown && ahead && iso(d) < iso(publishedAt)) d = utc(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
    return { start: iso(d), end: iso(d) };
  }
  if (known.isCertain('month')) {
    let yy = yearKnown ? (known.get('year') ?? y) : y;
    const mm = (known.get('month') ?? 1) - 1;
    if (!yearKnown && !ahead && utc(yy, mm, 1) > publishedAt) yy -= 1;
    if (!yearKnown && ahead && utc(yy, mm + 1, 0) < publishedAt) yy += 1;
    return month(yy, mm);
  }
  if (known.isCertain('year')) return year(known.get('year') ?? y); // "twenty years ago"
  if (known.isCertain('weekday')) {
    let d = date;
    if (!ahead && iso(d) > iso(publishedAt)) d = new Date(d.getTime() - 7 * 86_400_000);
    if (ahead && iso(d) < iso(publishedAt)) d = new Date(d.getTime() + 7 * 86_400_000);
    return { start: iso(d), end: iso(d) };
  }
  return null;
}

// The count before "ago": digits with separators and a scale ("12,000", "66 million", "1.5m"),
// or words ("twenty-five", "two thousand"); the digits never start inside a number ("000").
const AGO =
  /(?<![\d,.])\b(?:((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:hundred|thousand|million|billion|k|m|bn)\b)?)|(?:([a-z]+)[\s-])?([a-z]+)) (years?|months?|weeks?|days?|decades?|centur(?:y|ies)|millenni(?:um|a)) ago\b/i;
const YEARS_PER: Record<string, number> = { year: 1, decade: 10, century: 100, millennium: 1000 };

/**
 * "twenty years ago" → that year; "three months ago" → that month; "ten days ago" → that day.
 * Far past ("12,000 years ago") gives a year before 1000: no scope a claim can store, dropped
 * by plausible() and not read again by chrono.
 */
function agoScope(sentence: string, publishedAt: Date): TimeScope | null {
  const m = /\bago\b/i.test(sentence) ? AGO.exec(sentence) : null;
  if (!m) return null;
  // "twenty-five years ago" reads two words, "made twenty years ago" only the last.
  // "one in eight a decade ago": "a" is the count, alone.
  const alone = /^an?$/i.test(m[3] ?? '');
  const n = m[1]
    ? parseNumberPhrase(m[1])
    : ((m[2] && !alone ? parseNumberPhrase(`${m[2]} ${m[3]}`) : null) ?? parseNumberPhrase(m[3] ?? ''));
  if (!n || n.isOrdinal || n.unit || !Number.isInteger(n.value)) return null;
  const y = publishedAt.getUTCFullYear();
  const unit = (m[4] ?? '')
    .toLowerCase()
    .replace(/^centur.*/, 'century')
    .replace(/^millenni.*/, 'millennium')
    .replace(/s$/, '');
  const perYear = YEARS_PER[unit];
  // Year 0 or before stays out of range: plausible() drops it, and chrono is not asked ("000 years ago").
  if (perYear !== undefined) return year(y - n.value * perYear);
  if (unit === 'month') return month(y, publishedAt.getUTCMonth() - n.value);
  const day = new Date(publishedAt.getTime() - n.value * (unit === 'week' ? 7 : 1) * 86_400_000);
  return { start: iso(day), end: iso(day) };
}

/** The date of the event an "Nth anniversary" counts from. */
export function anniversaryBase(sentence: string, years: number, publishedAt: Date | null): TimeScope | null {
  if (!publishedAt) return null;
  const on = resolveTimeScope(sentence.replace(/\b(this|last|next|past) (year|month)\b/gi, ''), publishedAt);
  const anchor = on && on.start === on.end ? new Date(`${on.start}T00:00:00Z`) : null;
  if (anchor) {
    const base = iso(utc(anchor.getUTCFullYear() - years, anchor.getUTCMonth(), anchor.getUTCDate()));
    return plausible({ start: base, end: base });
  }
  return plausible(year(publishedAt.getUTCFullYear() - years));
}
