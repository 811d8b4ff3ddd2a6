// The expressions the pipeline's kinds read (extract.ts): time, comparison, someone's words.

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Explicit or relative references to time: years, months, weekdays, "last year", "since", "ago". */
export const TEMPORAL_EXPRESSION = new RegExp(
  [
    String.raw`\b(1[89]\d\d|20\d\d)s?\b`,
    String.raw`\b(${MONTHS})\.?\s+\d{1,2}\b`,
    String.raw`\b(in|since|until|by|during|from|before|after|of|last|early|late|mid)[\s-]+(${MONTHS})\b`,
    String.raw`\b(${WEEKDAYS})\b`,
    String.raw`\b(this|last|next|past|previous|coming)\s+(year|month|week|decade|century|quarter|summer|winter|spring|autumn|fall)\b`,
    String.raw`\b(yesterday|today|tomorrow|tonight)\b`,
    String.raw`\b(\d[\d,.]*|[a-z]+)(\s(hundred|thousand|million|billion))?\s+(years?|months?|weeks?|days?|decades?|centur(y|ies))\s+(ago|later|earlier)\b`,
    String.raw`\b(for|in|over|within)\s+(the\s+)?(past|last|next)?\s*(\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(years?|months?|weeks?|days?|decades?)\b`,
    String.raw`\b(anniversary|centenary|decades?|centuries|century)\b`,
    String.raw`\b(since|until)\s+(the\s+)?(\d|[a-z]+\s+(war|pandemic|election|crisis))`,
  ].join('|'),
  'i',
);

/** Comparatives and superlatives: "more than", "higher", "compared with", "the largest", "doubled". */
const COMPARISON_THAN = [
  String.raw`\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger|cheaper|faster|slower|older|younger|better|worse|richer|poorer)\s+(\w+\s+){0,3}than\b`,
  String.raw`\b\w+er\s+than\b`,
];
const COMPARISON_OTHER = [
  String.raw`\b(compared\s+(to|with)|relative\s+to|versus|vs\.?|as\s+(many|much|high|low|large|likely)\s+as|outnumber\w*|exceed\w*|surpass\w*)\b`,
  String.raw`\b(twice|three times|four times|half)\s+(as|the)\b`,
  String.raw`\b(the\s+)?(most|least|highest|lowest|largest|biggest|smallest|fastest|worst|best|richest|poorest|deadliest)\b`,
  String.raw`[-‐](year|month|week|decade)\s+(highs?|lows?|record|peak)\b`,
  String.raw`\b(increase[sd]?|decrease[sd]?|rose|risen|rise|fell|fallen|drop(ped)?|doubled|tripled|halved|grew|grown|declined?|surged?|plunged?|jumped)\b`,
];
export const COMPARISON_EXPRESSION = new RegExp([...COMPARISON_THAN, ...COMPARISON_OTHER].join('|'), 'i');
const THAN_EXPRESSION = new RegExp(COMPARISON_THAN.join('|'), 'i');
const OTHER_COMPARISON_EXPRESSION = new RegExp(COMPARISON_OTHER.join('|'), 'i');

/**
 * `COMPARISON_EXPRESSION.test(text)`, faster: the "than" alternatives (slow to fail: `\w+er` at every
 * word) only when the text has "than".
 */
export function hasComparison(text: string): boolean {
  return (/than/i.test(text) && THAN_EXPRESSION.test(text)) || OTHER_COMPARISON_EXPRESSION.test(text);
}

const SAY = String.raw`(said|says|say|saying|claimed|claims|claim|stated|states|tweeted|wrote|writes|told|declared|announced|admitted|boasted|quoted|asserted|argued)`;
/** Someone's words as the claim: quotation marks, "X said (that)", "according to X". */
export const QUOTE_EXPRESSION = new RegExp(
  [
    String.raw`[“"][^”"]{12,}[”"]`,
    String.raw`‘(?:[^’]|’(?=[A-Za-z])){12,}’|(?<![\w'])'(?=[A-Za-z])(?:[^'\n]|'(?=[A-Za-z])){12,}'(?![A-Za-z])`,
    String.raw`\b${SAY}\s+(that|in|on|during|he|she|they|it|the|a|an|"|“)\b`,
    String.raw`\b[A-Z][\w.-]+\s+${SAY}\b`,
    String.raw`\b(he|she|they)\s+${SAY}\b`,
    String.raw`\baccording to\b`,
    String.raw`\bquote[sd]?\b`,
  ].join('|'),
);
