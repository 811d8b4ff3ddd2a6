// Rules 0.7.9: value forms the number pattern does not read: fraction characters and digit fractions,
// "fivefold", durations named by a word ("a decade", "half an hour") or abbreviated ("2hrs 15mins"), and
// phone numbers, which are no figures. Each finder looks cheaply before it runs its pattern.
import { matchesOf } from './matches';
import { FRACTION_GLYPHS, parseNumberPhrase } from './numbers';

export type FormSpan = { start: number; end: number };
export type FormValue = FormSpan & { value: number; unit: string | null; isMultiple: boolean };

const GLYPHS = Object.keys(FRACTION_GLYPHS).join('');
const HAS_GLYPH = new RegExp(`[${GLYPHS}]`);
/** Cheap look for the forms below in a sentence with no digit and no number word. */
export const MAY_HAVE_FORM = new RegExp(`[${GLYPHS}]|decade|century|fortnight|fold\\b`, 'i');
/** One cheap look for all the fractions and durations below. */
export const MAY_HAVE_FRACTION_OR_DURATION = new RegExp(
  `[${GLYPHS}/]|fold\\b|decade|century|fortnight|\\bhalf\\b|quarter|\\d\\s?(?:hr|min|sec)|\\dft`,
  'i',
);

// "2½ hours", "1¾ per cent", "½ of the gain".
const GLYPH_RE = new RegExp(String.raw`(?<![\w.,])(?:\d{1,3}(?:,\d{3})*)?[${GLYPHS}](?:\s?(?:%|per ?cent\b|percent\b))?`, 'gi');
// "by 1/3", "3/4 of the seats": a proper fraction of small terms; "24/7", "9/11" and dates are not.
const SLASH_RE = /(?<![\w/.,$€£¥])(?:(\d{1,3})\s)?([1-9])\/([2-9]|1[0-2])(?![\w/]|[.,]\d)/g;
const SLASH_BEFORE =
  /\bby\s+(?:(?:about|around|nearly|almost|roughly|some|more than|less than|over|under|just over|just under)\s+)?$/i;
const OF_AFTER = /^\s+of\s/i;
const QUARTER_POINT_RE = /\b(?:quarter|half)[-\s]point\b(?![-‐])/gi;
const FEET_INCHES_RE = /(?<![\w.,])(\d{1,2})ft\s?(\d{1,2})in\b/gi;
const FOLD_RE =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)fold\b/gi;

/** Fractions written with a fraction character or a slash, and "fivefold" (a multiple). */
export function findWrittenFractions(sentence: string): FormValue[] {
  const found: FormValue[] = [];
  if (HAS_GLYPH.test(sentence)) {
    for (const m of matchesOf(GLYPH_RE, sentence)) {
      const parsed = parseNumberPhrase(m[0]);
      if (!parsed) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const isShare = !/\d/.test(m[0]) && OF_AFTER.test(sentence.slice(end));
      found.push({ start, end, value: parsed.value, unit: isShare ? 'fraction' : parsed.unit, isMultiple: false });
    }
  }
  if (sentence.includes('/')) {
    for (const m of matchesOf(SLASH_RE, sentence)) {
      const [numerator, denominator] = [Number(m[2]), Number(m[3])];
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (numerator >= denominator) continue;
      // "2 1/2 years": a whole number and a fraction are one number.
      if (m[1]) found.push({ start, end, value: Number(m[1]) + numerator / denominator, unit: null, isMultiple: false });
      else if (OF_AFTER.test(sentence.slice(end)) || SLASH_BEFORE.test(sentence.slice(0, start)))
        found.push({ start, end, value: numerator / denominator, unit: 'fraction', isMultiple: false });
    }
  }
  // "a quarter-point rise", "a half-point cut": points of a rate.
  if (/(?:quarter|half)[-\s]point/i.test(sentence)) {
    for (const m of matchesOf(QUARTER_POINT_RE, sentence)) {
      const start = m.index ?? 0;
      const value = /^quarter/i.test(m[0]) ? 0.25 : 0.5;
      found.push({ start, end: start + m[0].length, value, unit: 'percentage point', isMultiple: false });
    }
  }
  // "6ft 2in": feet and inches, in feet.
  if (/\dft\s?\d/i.test(sentence)) {
    for (const m of matchesOf(FEET_INCHES_RE, sentence)) {
      const start = m.index ?? 0;
      const value = Number((Number(m[1]) + Number(m[2]) / 12).toPrecision(12));
      found.push({ start, end: start + m[0].length, value, unit: 'foot', isMultiple: false });
    }
  }
  if (/fold\b/i.test(sentence)) {
    for (const m of matchesOf(FOLD_RE, sentence)) {
      const value = parseNumberPhrase(m[1] ?? '')?.value;
      if (value === undefined) continue;
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value, unit: null, isMultiple: true });
    }
  }
  return found;
}

// "a decade", "a fortnight", "half an hour", "a year and a half" (not "a decade-long", "a century-old"). A word
// for a span is read in years or days ("a decade" 10 years: one decade would be "a year", a figure of speech), and
// only as what a verb measures ("spent a decade at the bank", "stood for a century"): "the first deaths in a
// decade", "in the county for a decade" frame another claim.
const DURATION_VERB_BEFORE =
  /\b(?:spen[dt]s?|spending|lasts?|lasted|lasting|t[oa]ok|takes|taking|serve[ds]?|serving|spann?(?:ed|s|ing)?|(?:[a-z]+ed|stood|ran|held|sat|lay|kept)\s+for)\s+(?:(?:more than|almost|nearly|about|around|roughly|over|under|less than|at least|just over|just under|well over)\s+)?$/i;
const WORD_DURATION_RE =
  /\b(?:a\s+(decade|century|fortnight)|half\s+an?\s+(hour|day|year)|an?[\s-]+(year|hour|month|week|day|minute)[\s-]+and[\s-]+a[\s-]+half)\b(?![-‐])/gi;
const WORD_DURATIONS: Record<string, [number, string]> = {
  decade: [10, 'year'],
  century: [100, 'year'],
  fortnight: [14, 'day'],
};
// "2hrs 15mins", "45 mins", "1hr": hours, minutes and seconds written short (not "1030 hrs", a time of day). Rules
// 0.7.16: the minor part may have decimals, a lap or race time ("1min 26.103sec" is 1.435 minutes).
const SHORT_DURATION_RE = /(?<![\w.,:])(\d{1,3}(?:\.\d+)?)\s?(hrs?|mins?|secs?)\b(?:\s+(\d{1,2}(?:\.\d+)?)\s?(mins?|secs?)\b)?/gi;
const SHORT_UNITS: Record<string, string> = { h: 'hour', m: 'minute', s: 'second' };
const PER_UNIT: Record<string, number> = { 'hour minute': 60, 'hour second': 3600, 'minute second': 60 };

/** Durations named by a word or written with short units. */
export function findSpelledDurations(sentence: string): FormValue[] {
  const found: FormValue[] = [];
  if (/decade|century|fortnight|\bhalf\b/i.test(sentence)) {
    for (const m of matchesOf(WORD_DURATION_RE, sentence)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const named = m[1] ? WORD_DURATIONS[m[1].toLowerCase()] : undefined;
      if (named && !DURATION_VERB_BEFORE.test(sentence.slice(0, start))) continue;
      const halfOf = m[2] ? (WORD_DURATIONS[m[2].toLowerCase()] ?? [1, m[2].toLowerCase()]) : undefined;
      const [value, unit] = named ?? (halfOf ? [halfOf[0] / 2, halfOf[1]] : [1.5, (m[3] ?? '').toLowerCase()]);
      found.push({ start, end, value, unit, isMultiple: false });
    }
  }
  if (/\d\s?(?:hr|min|sec)/i.test(sentence)) {
    for (const m of matchesOf(SHORT_DURATION_RE, sentence)) {
      const unit = SHORT_UNITS[(m[2] ?? '').charAt(0).toLowerCase()] ?? 'hour';
      const minor = m[4] ? SHORT_UNITS[m[4].charAt(0).toLowerCase()] : undefined;
      const per = minor ? PER_UNIT[`${unit} ${minor}`] : 1;
      if (per === undefined) continue;
      const value = Number(m[1]) + (minor ? Number(m[3]) / per : 0);
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value: Number(value.toPrecision(12)), unit, isMultiple: false });
    }
  }
  return found;
}

// "0800 123 4567", "+44 20 7946 0958", "(555) 123-4567", "1-800-555-0199".
const PHONE_RE =
  /(?<![\w.,])(?:(?:\+\d{1,3}[\s-]?(?:\(0\)\s?)?\d{1,4}|\(0?\d{2,4}\)|0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}|(?:1-)?\d{3}-\d{3}-\d{4})(?![\w.,]?\d)/g;

/** Phone numbers: no figure is read inside them. */
export function findPhoneNumbers(sentence: string): FormSpan[] {
  if (!/\+\d|\(\d|(?<![\d,.])0\d\d|\d{3}-\d{3}-\d/.test(sentence)) return [];
  return matchesOf(PHONE_RE, sentence).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}
