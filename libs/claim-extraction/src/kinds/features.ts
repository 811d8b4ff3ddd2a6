/**
 * Sparse features of one sentence for the kinds model: words and bigrams (numbers folded into
 * shapes, as the check-worthiness model reads them) plus the rules' hits (time, comparison,
 * someone's words, cause, stance, figures). Pure and deterministic; shared by training and inference.
 */
import { tokenize } from '../checkworthiness/features';
import { hasComparison, QUOTE_EXPRESSION, TEMPORAL_EXPRESSION } from '../sentence-kinds';

export type Features = Map<string, number>;

/** Words that say one thing brought about another. */
export const CAUSAL_CUE =
  /\b(because|caus(e|es|ed|ing)|led to|lead(s|ing)? to|result(s|ed|ing)? in|as a result|due to|responsible for|contribut\w+|prevent\w*|linked to|blam\w+|trigger\w*|so that|thanks to|effects?|kill(s|ed)?|cure[sd]?|help(s|ed)? (to )?\w+)\b/i;
/** Words that give someone's stance: support, opposition, wishes, proposals, opinions. */
export const POSITION_CUE =
  /\b(support\w*|oppos\w+|endors\w+|favou?r\w*|against|wants?|wanted|believ\w+|think|thinks|should|must|propos\w+|vow\w*|call(s|ed)? for|urg\w+|demand\w*|advocat\w+|reject\w*|back(s|ed)|criticiz\w+|condemn\w*|approv\w+|prais\w+|plan(s|ned)? to|going to|will)\b/i;
/** Finer groups of cues, each its own feature (the broad cues above stay). */
const CUE_GROUPS: [string, RegExp][] = [
  // Cause: a verb or phrase that ties an effect to a cause.
  [
    'cause-verb',
    /\b(caus(e|es|ed|ing)|trigger(s|ed)?|makes? (you|people|them|him|her)|gives? you|increas(e|es|ed) the risk|(raise|raises|raised) the risk)\b/i,
  ],
  [
    'cause-link',
    /\b(because( of)?|due to|thanks to|as a result( of)?|led to|leads? to|result(s|ed)? in|responsible for|linked to|blam(e|es|ed) (for|on)|reason)\b/i,
  ],
  // Any cause or purpose link, "in response to", "in order to" and "so that" too (round 3: causal
  // +0.012 cross-validated F1).
  [
    'cause-any',
    /\b(in response to|as a result of|because|due to|after being|led to|leads to|resulted in|caus\w+|in order to|so that)\b/i,
  ],
  [
    'harm',
    /\b(kill(s|ed|ing)?|cure[sd]?|prevent(s|ed)?|harm(s|ed|ful)?|damag(e|es|ed)|toxic|poison\w*|danger\w*|death|die[sd]?)\b/i,
  ],
  // Stance: support or opposition, a wish or plan, a proposal, a vote.
  [
    'stance',
    /\b(support(s|ed|ing|er|ers)?|oppos(e|es|ed|ing|ition)|endors(e|es|ed|ement)|in favou?r|against|reject(s|ed)?|back(s|ed|ing)|condemn(s|ed)?|approv(e|es|ed))\b/i,
  ],
  [
    'intent',
    /\b(wants? to|wanted to|plan(s|ned)? to|intends? to|vow(s|ed)? to|pledg(e|es|ed) to|promis(e|es|ed) to|going to|refus(e|es|ed) to|would|will)\b/i,
  ],
  [
    'proposal',
    /\b(propos(e|es|ed|al)|call(s|ed)? for|urg(e|es|ed)|demand(s|ed)?|advocat\w+|should|must|ban(s|ned)?|abolish\w*)\b/i,
  ],
  ['vote', /\bvot(e|es|ed|ing) (for|against|to)\b/i],
  // Someone's words: a speech verb, an attribution, quotation marks.
  [
    'speech',
    /\b(said|says|say|saying|claim(s|ed)?|tweet(s|ed)?|told|tells|wrote|writes|stated?|states|declar(e|es|ed)|admit(s|ted)?|quot(e|es|ed)|call(s|ed) (him|her|them|it|the)|describ(e|es|ed)|remark\w*|according to)\b/i,
  ],
  [
    'speaker-says',
    /^([A-Z][\w.'’-]*\s+){1,5}(said|says|claimed|claims|tweeted|told|wrote|stated|declared|admitted|called|described)\b/,
  ],
  ['quote-mark', /[“”"]|(^|\s)'\w/],
];
const MONEY = /\$\s?\d|\b\d[\d,.]*\s?(million|billion|trillion)?\s?(dollars|euros|pounds)\b/i;
const PERCENT = /\d\s?%|\bpercent\b|\bper cent\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const FIGURE = /\d|\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?|twice|half|double|triple)\b/i;

/** The rules' own expressions a sentence uses; extraction tests them once and passes them on. */
export type RuleHits = { temporal: boolean; comparison: boolean; quote: boolean };

export function ruleHitsOf(sentence: string): RuleHits {
  return {
    temporal: TEMPORAL_EXPRESSION.test(sentence),
    comparison: hasComparison(sentence),
    quote: QUOTE_EXPRESSION.test(sentence),
  };
}

/** Drops a final "ing", "ed", "es" or "s" (what /(ing|ed|es|s)$/ would, without a regex per word). */
function stem(t: string): string {
  if (t.endsWith('ing')) return t.slice(0, -3);
  if (t.endsWith('ed') || t.endsWith('es')) return t.slice(0, -2);
  return t.endsWith('s') ? t.slice(0, -1) : t;
}

export function featurizeKinds(sentence: string, rules: RuleHits = ruleHitsOf(sentence)): Features {
  const features: Features = new Map([['bias', 1]]);
  const tokens = tokenize(sentence);
  for (const t of tokens) features.set(`w:${t}`, 1);
  // A crude stem, so "supports", "supported" and "supporting" share what they teach.
  for (const t of tokens) if (t.length > 4) features.set(`s:${stem(t)}`, 1);
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
  for (const [name, re] of CUE_GROUPS) if (re.test(sentence)) features.set(`g:${name}`, 1);
  // Length in words, bucketed: short claims read differently from long debate sentences.
  features.set(`len:${tokens.length < 8 ? 0 : tokens.length < 16 ? 1 : tokens.length < 32 ? 2 : 3}`, 1);
  // A figure other than a year: the numerical claims' signal.
  if (/\d/.test(sentence.replace(/\b(1[89]\d\d|20\d\d)s?\b/g, ''))) features.set('r:non-year-digit', 1);
  return features;
}
