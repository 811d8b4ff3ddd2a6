import modelJson from '../../model/checkworthiness.json' with { type: 'json' };
import { visitFeatures, type Linguistic } from './features';

export type CheckworthinessModel = {
  version: string;
  bias: number;
  threshold: number;
  weights: Record<string, number>;
  trainedOn: string;
  dev: { f1: number; precision: number; recall: number; n: number };
};

export const CHECKWORTHINESS_MODEL = modelJson as CheckworthinessModel;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// The weights by feature kind and parts ("b:rose_to" is pairs b → rose → to), built once per model:
// a sentence is scored without building its feature strings. The tables hold indexes into `values`
// (no object per weight to reach); `seen` marks a weight once per sentence. A word's own weights
// ('w', 'first') and the bigrams it starts sit together in `words`: one look-up per word of a sentence.
// Every entry is made with all three fields, in one order: one object shape, so reading a field stays fast.
type WordWeights = { w: number | undefined; first: number | undefined; next: Map<string, number> | undefined };
type Tables = {
  words: Map<string, WordWeights>;
  single: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, Map<string, number>>>;
  values: Float64Array;
  seen: Float64Array;
};
const PAIR_KINDS = new Set(['b', 'pb']);
const tableCache = new WeakMap<CheckworthinessModel, Tables>();

function tablesOf(model: CheckworthinessModel): Tables {
  let tables = tableCache.get(model);
  if (tables) return tables;
  const entries = Object.entries(model.weights);
  tables = {
    words: new Map(),
    single: new Map(),
    pairs: new Map(),
    values: new Float64Array(entries.length),
    seen: new Float64Array(entries.length),
  };
  const wordOf = (word: string, words: Map<string, WordWeights>) => {
    let weights = words.get(word);
    if (!weights) words.set(word, (weights = { w: undefined, first: undefined, next: undefined }));
    return weights;
  };
  entries.forEach(([key, value], index) => {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    tables.values[index] = value;
    if (kind === 'w' || kind === 'first') {
      wordOf(rest, tables.words)[kind] = index;
    } else if (kind === 'b') {
      const cut = rest.indexOf('_');
      const weights = wordOf(rest.slice(0, cut), tables.words);
      (weights.next ??= new Map()).set(rest.slice(cut + 1), index);
    } else if (PAIR_KINDS.has(kind)) {
      const cut = rest.indexOf('_');
      child(child(tables.pairs, kind), rest.slice(0, cut)).set(rest.slice(cut + 1), index);
    } else {
      child(tables.single, kind).set(rest, index);
    }
  });
  tableCache.set(model, tables);
  return tables;
}

function child<V>(parent: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = parent.get(key);
  if (!map) parent.set(key, (map = new Map()));
  return map;
}

let sentenceCount = 0;
// The weights of the current sentence's words by position: visitFeatures gives every 'w' before the
// 'b' and 'first' features that start at the same word (the array is reused from sentence to sentence).
const wordWeights: Array<WordWeights | undefined> = [];

/** Probability in 0..1 that a sentence is a check-worthy factual claim. */
export function scoreSentence(
  sentence: string,
  linguistic?: Linguistic,
  model: CheckworthinessModel = CHECKWORTHINESS_MODEL,
): number {
  const { words, single, pairs, values, seen } = tablesOf(model);
  const mark = ++sentenceCount;
  // Features in featurize's order, each weight once: the same sum, term by term.
  let z = model.bias;
  // Features come in runs of one kind: keep that kind's table at hand.
  let singleKind = '';
  let pairKind = '';
  let singleTable: Map<string, number> | undefined;
  let pairTable: Map<string, Map<string, number>> | undefined;
  visitFeatures(sentence, linguistic, (kind, a, b, at = 0) => {
    let index: number | undefined;
    if (kind === 'w') {
      const weights = words.get(a);
      wordWeights[at] = weights;
      index = weights?.w;
    } else if (kind === 'b') {
      index = wordWeights[at]?.next?.get(b as string);
    } else if (kind === 'first') {
      index = wordWeights[at]?.first;
    } else if (b === undefined) {
      if (kind !== singleKind) [singleKind, singleTable] = [kind, single.get(kind)];
      index = singleTable?.get(a);
    } else {
      if (kind !== pairKind) [pairKind, pairTable] = [kind, pairs.get(kind)];
      index = pairTable?.get(a)?.get(b);
    }
    if (index === undefined || seen[index] === mark) return;
    seen[index] = mark;
    z += values[index] as number;
  });
  return sigmoid(z);
}

export function isCheckworthy(score: number, model: CheckworthinessModel = CHECKWORTHINESS_MODEL): boolean {
  return score >= model.threshold;
}
