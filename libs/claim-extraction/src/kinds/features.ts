/**
 * Sparse features of one sentence for the kinds model: words and bigrams (numbers folded into
 * shapes, as the check-worthiness model reads them) plus the rules' hits (time, comparison,
 * someone's words, cause, stance, figures). Pure and deterministic; shared by training and inference.
 */
import { tokenize } from '../checkworthiness/features';
import { COMPARISON_EXPRESSION, QUOTE_EXPRESSION, TEMPORAL_EXPRESSION } from '../sentence-kinds';

export type Features = Map<string, number>;

/** Words that say one thing brought about another. */
export const CAUSAL_CUE =
  /\b(because|caus(e|es|ed|ing)|led to|lead(s|ing)? to|result(s|ed|ing)? in|as a result|due to|responsible for|contribut\w+|prevent\w*|linked to|blam\w+|trigger\w*|so that|thanks to|effects?|kill(s|ed)?|cure[sd]?|help(s|ed)? (to )?\w+)\b/i;
/** Words that give someone's stance: support, opposition, wishes, proposals, opinions. */
export const POSITION_CUE =
  /\b(support\w*|oppos\w+|endors\w+|favou?r\w*|against|wants?|wanted|believ\w+|think|thinks|should|must|propos\w+|vow\w*|call(s|ed)? for|urg\w+|demand\w*|advocat\w+|reject\w*|back(s|ed)|criticiz\w+|condemn\w*|approv\w+|prais\w+|plan(s|ned)? to|going to|will)\b/i;
const MONEY = /\$\s?\d|\b\d[\d,.]*\s?(million|billion|trillion)?\s?(dollars|euros|pounds)\b/i;
const PERCENT = /\d\s?%|\bpercent\b|\bper cent\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const FIGURE = /\d|\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?|twice|half|double|triple)\b/i;

/** The rules' own expressions a sentence uses; extraction tests them once and passes them on. */
export type RuleHits = { temporal: boolean; comparison: boolean; quote: boolean };

export function ruleHitsOf(sentence: string): RuleHits {
  return {
    temporal: TEMPORAL_EXPRESSION.test(sentence),
    comparison: COMPARISON_EXPRESSION.test(sentence),
    quote: QUOTE_EXPRESSION.test(sentence),
  };
}

export function featurizeKinds(sentence: string, rules: RuleHits = ruleHitsOf(sentence)): Features {
  const features: Features = new Map([['bias', 1]]);
  const tokens = tokenize(sentence);
  for (const t of tokens) features.set(`w:${t}`, 1);
  for (let i = 0; i < tokens.length - 1; i++) features.set(`b:${tokens[i]}_${tokens[i + 1]}`, 1);
  if (tokens[0]) features.set(`first:${tokens[0]}`, 1);
  if (rules.temporal) features.set('r:temporal', 1);
  if (rules.comparison) features.set('r:comparison', 1);
  if (rules.quote) features.set('r:quote', 1);
  const hits: [string, RegExp][] = [
    ['causal', CAUSAL_CUE],
    ['position', POSITION_CUE],
    ['money', MONEY],
    ['percent', PERCENT],
    ['year', YEAR],
    ['figure', FIGURE],
  ];
  for (const [name, re] of hits) if (re.test(sentence)) features.set(`r:${name}`, 1);
  // A figure other than a year: the numerical claims' signal.
  if (/\d/.test(sentence.replace(/\b(1[89]\d\d|20\d\d)s?\b/g, ''))) features.set('r:non-year-digit', 1);
  return features;
}
