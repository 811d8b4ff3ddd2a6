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
  // A token starting "$" or a digit (char codes): the only ones with a shape.
  const first = token.charCodeAt(0);
  const second = first === 36 ? token.charCodeAt(1) : first;
  if (second >= 48 && second <= 57) {
    if (token.endsWith('%')) return '<pct>';
    if (token.startsWith('$')) return '<money>';
    const n = Number(token.replace(/,/g, ''));
    if (Number.isInteger(n) && n >= 1800 && n <= 2100) return '<year>';
    return '<num>';
  }
  return token;
}

const ENTITY = /\b[A-Z][a-z]+/g;

/** How many times a global pattern matches a text, counting no further than `limit`. */
function countUpTo(pattern: RegExp, text: string, limit: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit && pattern.exec(text)) count++;
  pattern.lastIndex = 0;
  return count;
}

export function tokenize(sentence: string): string[] {
  return (sentence.toLowerCase().match(TOKEN) ?? []).map(shape);
}

/** Part-of-speech tags of a sentence, when the caller has them already. */
export type Linguistic = { pos: string[] };

/**
 * A feature as its kind and its parts: ('w', 'rose') is `w:rose`, ('b', 'rose', 'to') is `b:rose_to`.
 * Word features ('w', 'b', 'first') also give the position of their (first) word in the sentence.
 */
export type FeatureVisitor = (kind: string, a: string, b?: string, at?: number) => void;

export const featureKey = (kind: string, a: string, b?: string) => (b === undefined ? `${kind}:${a}` : `${kind}:${a}_${b}`);

/**
 * Visits every feature of a sentence in order (a repeated word or tag more than once); the model
 * scores from the parts without building key strings. Words and tags never hold "_".
 */
export function visitFeatures(sentence: string, linguistic: Linguistic | undefined, visit: FeatureVisitor): void {
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) visit('w', tokens[i] as string, undefined, i);
  for (let i = 0; i < tokens.length - 1; i++) visit('b', tokens[i] as string, tokens[i + 1] as string, i);
  if (tokens.length > 0) visit('first', tokens[0] as string, undefined, 0);

  const hasDigit = /\d/.test(sentence);
  if (hasDigit) visit('f', 'digit');
  if (hasDigit || tokens.some((t) => NUMBER_WORD.test(t))) visit('f', 'number');
  if (PERCENT.test(sentence)) visit('f', 'percent');
  if (MONEY.test(sentence)) visit('f', 'money');
  if (YEAR.test(sentence)) visit('f', 'year');
  if (COMPARATIVE.test(sentence)) visit('f', 'comparative');
  if (SUPERLATIVE.test(sentence)) visit('f', 'superlative');
  if (HEDGE.test(sentence)) visit('f', 'hedge');
  if (PAST.test(sentence)) visit('f', 'past');
  if (/\?\s*$/.test(sentence)) visit('f', 'question');
  const entities = countUpTo(ENTITY, sentence.slice(1), 3);
  if (entities > 0) visit('f', 'entity');
  if (entities > 2) visit('f', 'entities3');
  // Part-of-speech unigrams and bigrams from wink-nlp: they generalise past the words.
  const { pos } = linguistic ?? analyse(sentence);
  for (const tag of pos) visit('p', tag);
  for (let i = 0; i < pos.length - 1; i++) visit('pb', pos[i] as string, pos[i + 1] as string);
  const n = tokens.length;
  visit('len', n < 6 ? 'short' : n < 15 ? 'mid' : n < 30 ? 'long' : 'vlong');
}

/** The features of a sentence, each once, valued 1 (binary presence: repeats do not dominate long sentences). */
export function featurize(sentence: string, linguistic?: Linguistic): Features {
  const features: Features = new Map();
  visitFeatures(sentence, linguistic, (kind, a, b) => features.set(featureKey(kind, a, b), 1));
  return features;
}

function analyse(sentence: string): Linguistic {
  const nlp = getNlp();
  const doc = nlp.readDoc(sentence);
  return { pos: doc.tokens().out(nlp.its.pos) as string[] };
}
