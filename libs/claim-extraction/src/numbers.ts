import {
  NUMBER_MULTIPLES as MULTIPLES,
  NUMBER_ORDINALS as ORDINALS,
  NUMBER_SCALES as SCALES,
  NUMBER_UNITS as UNITS,
} from '@claimledger/domain';

export { ORDINALS, UNITS };
export const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(ORDINALS), ...Object.keys(SCALES), ...Object.keys(MULTIPLES)];

export type ParsedNumber = { value: number; isOrdinal: boolean; isMultiple: boolean; unit: string | null };

// "14m", "2.3mn", "$1.5 mln" (Reuters), "4bn", "3 bln", "1tn": scales written short.
const SCALE_ABBR: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12 };
// Metric units written against the digits ("4.2Gt", "3 GW"): value in the base unit.
const MEASURES: Record<string, [number, string]> = {
  gt: [1e9, 'tonne'],
  mt: [1e6, 'tonne'],
  kt: [1e3, 'tonne'],
  twh: [1e12, 'Wh'],
  gwh: [1e9, 'Wh'],
  mwh: [1e6, 'Wh'],
  kwh: [1e3, 'Wh'],
  gw: [1e9, 'W'],
  mw: [1e6, 'W'],
  kw: [1e3, 'W'],
};
// The same units spelled out ("11.4 gigatonnes", "5 gigawatts", "300 terawatt-hours").
const MEASURE_NAMES: Record<string, string> = {
  gigatonne: 'gt',
  gigaton: 'gt',
  megatonne: 'mt',
  megaton: 'mt',
  kilotonne: 'kt',
  kiloton: 'kt',
  'terawatt hour': 'twh',
  'gigawatt hour': 'gwh',
  'megawatt hour': 'mwh',
  'kilowatt hour': 'kwh',
  gigawatt: 'gw',
  megawatt: 'mw',
  kilowatt: 'kw',
};
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₪': 'ILS' };

const PLAIN_DIGITS = /^\d[\d,]*(?:\.\d+)?$/;

// Rules 0.7.9: "½", "2½ hours", "1¾ per cent": fractions written as one character.
export const FRACTION_GLYPHS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
const GLYPH_RE = /(\d*)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/;
// Rules 0.7.9: "Rs 45 crore", "3 lakh rupees": the Indian scale words.
const SOUTH_ASIAN_SCALES: Record<string, number> = { lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/**
 * Parses a number phrase: digits ("1,200", "3.5 million", "67th", "$4bn", "25 percent")
 * or words ("a million", "two hundred thousand", "sixth", "twice").
 */
export function parseNumberPhrase(phrase: string): ParsedNumber | null {
  // Plain digits ("1,200", "4.5"), the most common phrase, read as the digits pattern below reads them.
  const trimmed = phrase.trim();
  if (PLAIN_DIGITS.test(trimmed)) {
    // A whole number of up to 12 digits is exact: toPrecision(12) gives it back unchanged.
    const digits = trimmed.replace(/,/g, '');
    const exact = digits.length <= 12 && !digits.includes('.');
    const value = exact ? Number(digits) : Number(Number(digits).toPrecision(12));
    return Number.isFinite(value) ? { value, isOrdinal: false, isMultiple: false, unit: null } : null;
  }
  let text = trimmed.toLowerCase().replace(/-/g, ' ');
  const glyph = GLYPH_RE.exec(text);
  if (glyph) {
    // "2½" is 2.5, "½" is 0.5: written as digits, the phrase is read on as digits are.
    const whole = Number(glyph[1] || 0) + (FRACTION_GLYPHS[glyph[2] ?? ''] ?? 0);
    text = text.replace(glyph[0], String(Number(whole.toPrecision(12))));
  }
  let unit: string | null = null;
  const currency = CURRENCY[text[0] ?? ''];
  if (currency) {
    unit = currency;
    text = text.slice(1).trim();
  }
  // "5 percentage points", "25 basis points": points of a rate, value as written.
  const points = /^(.+?)\s+(percentage|basis)[\s-]points?$/.exec(text);
  if (points && !unit) {
    const base = parseNumberPhrase(points[1] ?? '');
    if (!base || base.isOrdinal || base.unit) return null;
    return { ...base, unit: points[2] === 'basis' ? 'basis point' : 'percentage point' };
  }
  let percent = false;
  if (/(%|\bper ?cent|\bpercent)$/.test(text)) {
    percent = true;
    text = text.replace(/(%|\s*per ?cent|\s*percent)$/, '').trim();
  }
  const clock = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/.exec(text);
  if (clock) {
    // A race or run time, "2:01:09": hours, in hours as the guideline writes durations.
    const [h, m, sec] = [clock[1], clock[2], clock[3]].map(Number) as [number, number, number];
    return { value: Number((h + m / 60 + sec / 3600).toPrecision(12)), isOrdinal: false, isMultiple: false, unit: 'hour' };
  }
  const perMillion = /^(\d[\d,]*(?:\.\d+)?)\s+parts per (million|billion)$/.exec(text);
  if (perMillion) {
    return {
      value: Number((perMillion[1] ?? '').replace(/,/g, '')),
      isOrdinal: false,
      isMultiple: false,
      unit: perMillion[2] === 'million' ? 'ppm' : 'ppb',
    };
  }
  // "3.5MtCO2", "4.2 GtCO2e": tonnes of carbon dioxide, in tonnes.
  const measure =
    /^(\d[\d,]*(?:\.\d+)?)\s?(gt|mt|kt|twh|gwh|mwh|kwh|gw|mw|kw|(?:giga|mega|kilo)tonn?e?s?|(?:tera|giga|mega|kilo)watt(?: hours?|s)?)(?:(?<=t)\s?co[2₂]e?)?$/.exec(
      text,
    );
  if (measure && !unit) {
    const name = (measure[2] ?? '').replace(/s$/, '');
    const [factor, base] = MEASURES[MEASURE_NAMES[name] ?? name] ?? [1, null];
    return {
      value: Number((Number((measure[1] ?? '').replace(/,/g, '')) * factor).toPrecision(12)),
      isOrdinal: false,
      isMultiple: false,
      unit: base,
    };
  }
  const digits =
    /^(\d[\d,]*(?:\.\d+)?)\s*(st|nd|rd|th)?\s*(?:(k|mln|mn|m|bln|bn|b|tn)\b)?\s*(hundred|thousand|million|billion|trillion|lakhs?|crores?)?$/.exec(
      text,
    );
  let parsed: ParsedNumber | null = null;
  if (digits) {
    const base = Number((digits[1] ?? '').replace(/,/g, ''));
    const scale = (digits[3] ? SCALE_ABBR[digits[3]] : 1) ?? 1;
    const word = digits[4] ? (SCALES[digits[4]] ?? SOUTH_ASIAN_SCALES[digits[4]] ?? 1) : 1;
    parsed = { value: Number((base * scale * word).toPrecision(12)), isOrdinal: Boolean(digits[2]), isMultiple: false, unit };
  } else {
    parsed = parseWords(text, unit);
  }
  if (!parsed || !Number.isFinite(parsed.value)) return null;
  // 4.1 / 100 is 0.040999999999999995 in binary: keep the digits the text gave.
  if (percent) return { ...parsed, value: Number((parsed.value / 100).toPrecision(12)), unit: 'percent' };
  return parsed;
}

function parseWords(text: string, unit: string | null): ParsedNumber | null {
  const words = text.split(/\s+/).filter((w) => w !== 'and');
  if (words.length === 0) return null;
  if (words[0] === 'half' && words.length > 1) {
    const rest = parseWords(words.slice(1).join(' '), unit);
    return rest && !rest.isOrdinal ? { ...rest, value: rest.value / 2 } : null;
  }
  // "two and a half" → 2.5; "two and a half million" → 2,500,000. Rules 0.7.17: "two and a quarter" → 2.25.
  const half = words.findIndex((w, i) => i > 0 && w === 'a' && (words[i + 1] === 'half' || words[i + 1] === 'quarter'));
  if (half > 0 && half + 2 >= words.length - 1) {
    const whole = parseWords(words.slice(0, half).join(' '), unit);
    const scaleWord = words[half + 2];
    const scale = scaleWord === undefined ? 1 : SCALES[scaleWord];
    if (!whole || whole.isOrdinal || scale === undefined) return null;
    // Rules 0.7.9: "a million and a half", "a dozen and a half": half of the whole's own scale word.
    const ownScale = scaleWord === undefined ? SCALES[words[half - 1] ?? ''] : undefined;
    const part = words[half + 1] === 'quarter' ? 0.25 : 0.5;
    if (ownScale !== undefined) return { ...whole, value: whole.value + ownScale * part };
    return { ...whole, value: (whole.value + part) * scale };
  }
  // "a million", "a dozen" count the article as one; "a third term", "a twenty-five-cent loaf" do not.
  if ((words[0] === 'a' || words[0] === 'an') && words.length > 1 && !((words[1] ?? '') in SCALES)) words.shift();
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && last in MULTIPLES) return { value: MULTIPLES[last] ?? 0, isOrdinal: false, isMultiple: true, unit };
  let total = 0;
  let current = 0;
  let seen = false;
  let isOrdinal = false;
  for (const [i, word] of words.entries()) {
    // "first two years" is an ordinal before a count, not the number three.
    if (i > 0 && word in UNITS && (words[i - 1] ?? '') in ORDINALS) return null;
    if (word in UNITS) {
      // Rules 0.7.16: two number words in a row are one number only as tens and a unit ("twenty-one"): "a one-two
      // finish", "five-six players" are no sum.
      const previous = UNITS[words[i - 1] ?? ''];
      const unitValue = UNITS[word] ?? 0;
      if (previous !== undefined && !(previous >= 20 && previous % 10 === 0 && unitValue < 10)) return null;
      current += unitValue;
    } else if (word in ORDINALS) {
      const v = ORDINALS[word] ?? 0;
      if (v >= 100) current = (current || 1) * v;
      else current += v;
      isOrdinal = true;
    } else if (word in SCALES) {
      const scale = SCALES[word] ?? 1;
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? { value: total + current, isOrdinal, isMultiple: false, unit } : null;
}
