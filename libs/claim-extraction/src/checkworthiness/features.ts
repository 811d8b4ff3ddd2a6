/**
 * Sparse features of one sentence for the check-worthiness model: word and bigram features
 * with numbers folded into shapes, plus engineered signals (numbers, comparatives, entities,
 * tense, hedges, length). Pure and deterministic; shared by training and inference.
 */
import { getNlp } from '../nlp';

export type Features = Map<string, number>;

const TOKEN = /[a-z]+(?:['’][a-z]+)?|\$?\d[\d,]*(?:\.\d+)?%?|[$%?]/g;
const NUMBER_WORD =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|twice|double|triple|percent|per)$/;
const COMPARATIVE =
  /\b(more|less|fewer|higher|lower|larger|smaller|bigger|greater|increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|dropped|doubled|tripled|grew|cut|than)\b/i;
const SUPERLATIVE = /\b(most|least|largest|biggest|highest|lowest|best|worst|first|record|ever|never|only)\b/i;
const HEDGE = /\b(i think|i believe|i feel|i hope|we will|i will|we're going to|i'm going to|should|must|let me|thank you)\b/i;
const PAST = /\b(was|were|had|did|voted|passed|signed|created|lost|gained|spent|cut|raised|increased|decreased|went|came)\b/i;
const MONEY = /\$\s?\d|\b\d[\d,.]*\s?(million|billion|trillion)?\s?(dollars|euros|pounds)\b/i;
const PERCENT = /\d\s?%|\bpercent\b|\bper cent\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

function shape(token: string): string {
  if (/^\$?\d/.test(token)) {
    if (token.endsWith('%')) return '<pct>';
    if (token.startsWith('$')) return '<money>';
    const n = Number(token.replace(/,/g, ''));
    if (Number.isInteger(n) && n >= 1800 && n <= 2100) return '<year>';
    return '<num>';
  }
  return token;
}

export function tokenize(sentence: string): string[] {
  return (sentence.toLowerCase().match(TOKEN) ?? []).map(shape);
}

function bump(features: Features, key: string, value = 1): void {
  features.set(key, (features.get(key) ?? 0) + value);
}

/** Part-of-speech tags of a sentence, when the caller has them already. */
export type Linguistic = { pos: string[] };

export function featurize(sentence: string, linguistic?: Linguistic): Features {
  const features: Features = new Map();
  const tokens = tokenize(sentence);
  // Binary presence: repeated words should not dominate long sentences.
  for (const t of tokens) features.set(`w:${t}`, 1);
  for (let i = 0; i < tokens.length - 1; i++) features.set(`b:${tokens[i]}_${tokens[i + 1]}`, 1);
  if (tokens.length > 0) features.set(`first:${tokens[0]}`, 1);

  const hasDigit = /\d/.test(sentence);
  const hasNumberWord = tokens.some((t) => NUMBER_WORD.test(t));
  if (hasDigit) bump(features, 'f:digit');
  if (hasDigit || hasNumberWord) bump(features, 'f:number');
  if (PERCENT.test(sentence)) bump(features, 'f:percent');
  if (MONEY.test(sentence)) bump(features, 'f:money');
  if (YEAR.test(sentence)) bump(features, 'f:year');
  if (COMPARATIVE.test(sentence)) bump(features, 'f:comparative');
  if (SUPERLATIVE.test(sentence)) bump(features, 'f:superlative');
  if (HEDGE.test(sentence)) bump(features, 'f:hedge');
  if (PAST.test(sentence)) bump(features, 'f:past');
  if (/\?\s*$/.test(sentence)) bump(features, 'f:question');
  const entities = sentence.slice(1).match(/\b[A-Z][a-z]+/g)?.length ?? 0;
  if (entities > 0) bump(features, 'f:entity');
  if (entities > 2) bump(features, 'f:entities3');
  addLinguistic(features, linguistic ?? analyse(sentence));
  const n = tokens.length;
  bump(features, n < 6 ? 'len:short' : n < 15 ? 'len:mid' : n < 30 ? 'len:long' : 'len:vlong');
  return features;
}

function analyse(sentence: string): Linguistic {
  const nlp = getNlp();
  const doc = nlp.readDoc(sentence);
  return { pos: doc.tokens().out(nlp.its.pos) as string[] };
}

/** Part-of-speech unigrams and bigrams from wink-nlp: they generalise past the words. */
function addLinguistic(features: Features, { pos }: Linguistic): void {
  for (const tag of new Set(pos)) features.set(`p:${tag}`, 1);
  for (let i = 0; i < pos.length - 1; i++) features.set(`pb:${pos[i]}_${pos[i + 1]}`, 1);
}
