import type { NumberMention } from './mentions';

/**
 * Numerals that structure the text rather than assert a fact (the guideline's "trivial"
 * numerals): a count of participants already named ("the two leaders", "the two reviewed"),
 * "one of …", "number one ally", "one or two others", "the one alliance", "first interest",
 * "the second half", and periods that only frame another number ("in the 12 months to March").
 */
const SMALL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|both)$/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|this|that|its|their|his|her|our|both)\s+$/i;
const VAGUE_PAIR = /^\s*or\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const VAGUE_PAIR_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine)\s+or\s+$/i;
// "first"/"second" rank something only with a frame: "the first deaths in a decade", "first time since".
const RANK_FRAME =
  /^[^,;.]{0,60}?\b(?:in|since|ever|of (?:the|his|her|their|its) (?:year|season|career|century|decade))\b|^\s+(?:[\w-]+\s+)?(?:that\s+|which\s+)?(?:she|he|they|it|we|I)\s+(?:has|have|had|was|were|is|did|ever)\b/i;
const PERIOD_NOUN = /^(?:half|halves|quarter|quarters|round|leg|stage|period|phase|part)\b/i;
const PURPOSE_BEFORE =
  /\b(?:to (?:meet|reach|hit|achieve|keep|hold|stay (?:below|under|within))|limit(?:s|ing)? [\w-]+ to|aim(?:s|ing)? for)\s+(?:the\s+|a\s+|an\s+)?$/i;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'decade', 'hour', 'minute']);
const PERIOD_FRAME = /\b(?:in|over|during|within|for|across) the (?:past |last |previous |first |latest )?$/i;

export function isStructural(sentence: string, m: NumberMention): boolean {
  const raw = sentence
    .slice(m.start, m.end)
    .trim()
    .replace(/^(?:the|a|an|about|around|some|nearly|almost|up to|at least|more than|over)\s+/i, '');
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  const firstWord = raw.split(/[\s-]+/)[0] ?? '';
  const isWord = /^[a-z]/i.test(firstWord);
  // "to meet the 1.5C goal", "limiting warming to 1.5C": a target named in a purpose, not a fact.
  if (PURPOSE_BEFORE.test(before)) return true;
  // "one month does not make a trend": a single unit of time is a figure of speech.
  if (isWord && m.value === 1 && !m.isOrdinal && m.unit && TIME_UNITS.has(m.unit)) return true;
  if (m.unit || m.range || m.isMultiple || m.reference !== undefined) return false;
  // "number one ally", "one or two others", "two or three times".
  if (/\bnumber\s+$/i.test(before) && m.value === 1) return true;
  if (isWord && (VAGUE_PAIR.test(after) || VAGUE_PAIR_BEFORE.test(before))) return true;
  if (isWord && m.value === 1 && !m.isOrdinal) return true; // "one alliance", "one of …", "one month"
  // "the two leaders", "the two reviewed": a count of participants the text has named.
  if (isWord && !m.isOrdinal && SMALL_WORD.test(firstWord) && DEFINITE_BEFORE.test(before)) return true;
  if (m.isOrdinal) {
    if (m.counted && PERIOD_NOUN.test(m.counted) && m.value <= 4) return true; // "the second half", "third quarter"
    const ranked = /^[\s-]*(?:largest|biggest|highest|lowest|fastest|slowest|most|least|best|worst|ever)\b/i.test(after);
    return m.value <= 2 && !ranked && !RANK_FRAME.test(after);
  }
  return false;
}

const PERIOD_UNIT = /^(?:year|month|week|day|hour|minute|decade)$/;
// What lies between a figure and the period right after it: "lost $2 billion over five years",
// "rose 12 percent within six months" (a leading "over" is in the period's own span, as its bound).
const PERIOD_GAP = /^,?\s*(?:(?:in|within|during|across|over)\s+(?:the\s+)?(?:(?:past|last|previous|first|latest)\s+)?)?$/i;

const AFTER_MULTIPLE =
  /\b(?:doubled|tripled|trebled|quadrupled|halved)\s+(?:(?:in|within|during|across)\s+(?:the\s+)?(?:(?:past|last|previous|first|latest)\s+)?)?$/i;

/** "in the 12 months to March", "over the past five years", "$2 billion over five years": the period of another figure. */
export function isFramingPeriod(sentence: string, m: NumberMention, others: readonly NumberMention[]): boolean {
  if (!m.unit || !PERIOD_UNIT.test(m.unit)) return false;
  const figures = others.filter((o) => o !== m && !(o.unit && PERIOD_UNIT.test(o.unit)));
  // "doubled in 20 years": the period of the multiple, which is the claim's figure.
  if (AFTER_MULTIPLE.test(sentence.slice(0, m.start))) return true;
  if (PERIOD_FRAME.test(sentence.slice(0, m.start))) return figures.length > 0;
  const gapped = (o: NumberMention) => {
    const gap = sentence.slice(o.end, m.start);
    return PERIOD_GAP.test(gap) && (/\S/.test(gap) || /^over\s/i.test(sentence.slice(m.start, m.end)));
  };
  // Not after an ordinal: "the first time in five years" is a record, the years its substance.
  return figures.some((o) => !o.isOrdinal && o.end <= m.start && gapped(o));
}

// Predictions, intentions and pledges are not claims (the guideline's section 3).
const PREDICTIVE =
  /\b(?:will|won[’']t|shall|would|going to|(?:is|are|was|were)\s+(?:expected|set|due|likely|scheduled|projected|forecast|poised|on track)\s+to|plans?\s+to|planning\s+to|aims?\s+to|hopes?\s+to|intends?\s+to|vows?\s+to|pledged?\s+to|promised?\s+to|expects?|forecasts?)\b/i;
const QUESTION_OR_IF = /^\s*(?:if|what if|should|could|would)\b|\?\s*["”’]?\s*$/i;

/** The clause (or sentence) a mention sits in speaks of the future, a wish or a hypothesis. */
export function isPredictive(sentence: string, at: number): boolean {
  if (QUESTION_OR_IF.test(sentence)) return true;
  // The clause around the mention: from the last clause break before it to the next after it.
  // Commas bound it too: in "will close in March, ending 340 jobs" the jobs are a present fact.
  const left = sentence.slice(0, at);
  const breakAt = Math.max(left.lastIndexOf(';'), left.lastIndexOf(','), left.lastIndexOf(' but '), left.lastIndexOf(' while '));
  const rightBreak = sentence.slice(at).search(/[;,]| but | while /);
  const clause = sentence.slice(breakAt < 0 ? 0 : breakAt, rightBreak < 0 ? sentence.length : at + rightBreak);
  return PREDICTIVE.test(clause);
}
