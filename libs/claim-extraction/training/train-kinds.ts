// Trains the kinds model (logistic regression over sparse features, src/kinds/features.ts) on the
// team's own kind labels (training/kinds/labels.jsonl) and writes model/kinds.json.
//   npm run train:kinds -- [path/to/shared/eval]
// The labels hold ids and a sha1 of each text only; the texts are read from ../shared (Snopes
// claims of CheckThat! 2020, its train and dev tweets, and ClaimBuster crowdsourced sentences).
// Deterministic: 5 folds by a hash of the id choose L2 and the thresholds; the shipped model is
// then fitted on every label. The fit runs over typed arrays: the same sums in the same order as
// over maps (so the same model), about ten times faster.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { featurizeKinds, type Features } from '../src/kinds/features';
import { FIGURE_KINDS, TYPE_KINDS, type FigureKind, type KindsModel, type TypeKind } from '../src/kinds/model';

const here = import.meta.dirname;
const evalDir =
  process.argv[2] ??
  [path.resolve(here, '../../../../shared/eval'), path.resolve(here, '../../../../../shared/eval')].find((d) => existsSync(d));
const labelsFile = path.join(here, 'kinds/labels.jsonl');
// Sentences the team wrote itself (text kept): comparisons and ranges, rare in the sampled sources.
const ownFile = path.join(here, 'kinds/own.jsonl');
const output = path.resolve(here, '../model/kinds.json');

const ZLabel = z.object({
  source: z.enum(['snopes', 'claimbuster', 'tweet']),
  id: z.string(),
  sha1: z.string(),
  // Empty when the text claims none of the five (an opinion, a slogan): a negative for every head.
  types: z.array(z.enum(TYPE_KINDS)),
  quantemp: z.enum(FIGURE_KINDS).nullable(),
});
const ZOwn = ZLabel.pick({ types: true, quantemp: true }).extend({ text: z.string() });
const ZText = z.object({ id: z.string(), text: z.string() });
type Row = Omit<z.infer<typeof ZLabel>, 'source'> & { source: string; text: string; features: Features };

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const normalise = (text: string) => text.replace(/\s+/g, ' ');
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);
/** A tweet's claim: without links and the "— Name (@handle) date" signature the corpus keeps. */
const tweetClaim = (text: string) =>
  text
    .replace(/\s*—[^—]*\(@\w+\)[^—]*$/, '')
    .replace(/(https?:\/\/|pic\.twitter\.com\/)\S+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function readRows(dir: string): Row[] {
  const texts = new Map<string, string>();
  const sources = {
    snopes: path.join(dir, 'matching/checkthat2020-verified-claims.jsonl'),
    claimbuster: path.join(dir, 'checkworthiness/claimbuster-crowdsourced.jsonl'),
  };
  for (const [source, file] of Object.entries(sources))
    for (const line of readLines(file)) {
      const r = ZText.parse(JSON.parse(line));
      texts.set(`${source}:${r.id}`, normalise(r.text));
    }
  // CheckThat! 2020 train and dev tweets (the test tweets are a report set): ids `train-<id>`, `dev-<id>`.
  for (const split of ['train', 'dev'])
    for (const line of readLines(path.join(dir, `matching/checkthat2020-${split}-queries.jsonl`))) {
      const r = ZText.parse(JSON.parse(line));
      texts.set(`tweet:${split}-${r.id}`, normalise(r.text));
    }
  const labelled = readLines(labelsFile).map((line) => {
    const label = ZLabel.parse(JSON.parse(line));
    const text = texts.get(`${label.source}:${label.id}`);
    if (text === undefined || sha1(text) !== label.sha1) throw new Error(`text of ${label.source} ${label.id} differs`);
    const claim = label.source === 'tweet' ? tweetClaim(text) : text;
    return { ...label, text: claim, features: featurizeKinds(claim) };
  });
  const own = readLines(ownFile).map((line, i) => {
    const r = ZOwn.parse(JSON.parse(line));
    return { ...r, source: 'own' as const, id: String(i), sha1: sha1(r.text), features: featurizeKinds(r.text) };
  });
  return [...labelled, ...own];
}

const foldOf = (r: Row) => (createHash('sha256').update(`${r.source}:${r.id}`).digest()[0] ?? 0) % 5;

/** Features seen in at least two training rows (and the bias). */
function vocabulary(rows: Row[]): Set<string> {
  const df = new Map<string, number>();
  for (const r of rows) for (const k of r.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return new Set([...df].filter(([k, n]) => n >= 2 || k === 'bias').map(([k]) => k));
}

const ITERATIONS = 400;
const LEARNING_RATE = 0.5;

/** Softmax regression by full-batch gradient descent (two classes: logistic regression). */
function fitSoftmax(rows: Row[], targets: number[], classes: number, l2: number, balanced: boolean): Map<string, number>[] {
  const keys = [...vocabulary(rows)];
  const index = new Map(keys.map((k, i) => [k, i]));
  const bias = index.get('bias') ?? -1;
  // Each row's features as vocabulary indices and values (features outside the vocabulary weigh 0).
  const sparse = rows.map((r) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of r.features) {
      const i = index.get(k);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
  const w = Array.from({ length: classes }, () => new Float64Array(keys.length));
  const grad = Array.from({ length: classes }, () => new Float64Array(keys.length));
  const counts = Array.from({ length: classes }, (_, c) => targets.filter((t) => t === c).length);
  const weightOf = (t: number) => (balanced ? rows.length / (classes * Math.max(1, counts[t] ?? 1)) : 1);
  const z = new Float64Array(classes);
  for (let it = 0; it < ITERATIONS; it++) {
    for (const g of grad) g.fill(0);
    sparse.forEach(({ idx, val }, i) => {
      for (let c = 0; c < classes; c++) {
        const wc = w[c] as Float64Array;
        let s = 0;
        for (let j = 0; j < idx.length; j++) s += (wc[idx[j] as number] as number) * (val[j] as number);
        z[c] = s;
      }
      const max = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp((z[c] as number) - max);
      const target = targets[i] ?? 0;
      const weight = weightOf(target);
      for (let c = 0; c < classes; c++) {
        const g = weight * (Math.exp((z[c] as number) - max) / sum - (c === target ? 1 : 0));
        const gc = grad[c] as Float64Array;
        for (let j = 0; j < idx.length; j++) gc[idx[j] as number] = (gc[idx[j] as number] as number) + g * (val[j] as number);
      }
    });
    for (let c = 0; c < classes; c++) {
      const wc = w[c] as Float64Array;
      const gc = grad[c] as Float64Array;
      for (let k = 0; k < keys.length; k++) {
        const old = wc[k] as number;
        wc[k] = old - LEARNING_RATE * ((gc[k] as number) / rows.length + (k === bias ? 0 : l2 * old));
      }
    }
  }
  return w.map((wc) => new Map(keys.map((k, i) => [k, wc[i] as number])));
}

const score = (w: Map<string, number>, f: Features) => {
  let s = 0;
  for (const [k, v] of f) s += (w.get(k) ?? 0) * v;
  return s;
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A binary head: weights of "yes" minus "no", so sigmoid(score) is the probability. */
function fitBinary(rows: Row[], kind: TypeKind, l2: number): Map<string, number> {
  const [no, yes] = fitSoftmax(
    rows,
    rows.map((r) => (r.types.includes(kind) ? 1 : 0)),
    2,
    l2,
    false,
  );
  const w = new Map<string, number>();
  for (const k of new Set([...(no?.keys() ?? []), ...(yes?.keys() ?? [])])) w.set(k, (yes?.get(k) ?? 0) - (no?.get(k) ?? 0));
  return w;
}

function f1(gold: boolean[], predicted: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (predicted[i] && g) tp++;
    else if (predicted[i]) fp++;
    else if (g) fn++;
  });
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

// Weights smaller than this are dropped from the shipped model, and from the fold models the
// cross-validation scores, so the figures are those of what ships. A smaller model scores faster
// (round 3: 0.02 against 0.001 kept the cross-validated macro-F1 within 0.001 and took the model
// from 64,600 weights to 41,100, about its old size and speed).
const MIN_WEIGHT = 0.02;
const pruned = (w: Map<string, number>) => new Map([...w].filter(([, v]) => Math.abs(v) >= MIN_WEIGHT));

const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05);

/** Out-of-fold probabilities of each type kind, and out-of-fold figure kinds. */
function crossValidate(rows: Row[], l2: number) {
  const probs = new Map<TypeKind, number[]>(TYPE_KINDS.map((k) => [k, new Array<number>(rows.length).fill(0)]));
  const figure = new Array<FigureKind | null>(rows.length).fill(null);
  for (let fold = 0; fold < 5; fold++) {
    const train = rows.filter((r) => foldOf(r) !== fold);
    for (const kind of TYPE_KINDS) {
      const w = pruned(fitBinary(train, kind, l2));
      rows.forEach((r, i) => {
        if (foldOf(r) === fold) (probs.get(kind) ?? [])[i] = sigmoid(score(w, r.features));
      });
    }
    const figureTrain = train.filter((r) => r.quantemp);
    const wf = fitSoftmax(
      figureTrain,
      figureTrain.map((r) => FIGURE_KINDS.indexOf(r.quantemp ?? 'quantity')),
      3,
      l2,
      true,
    );
    rows.forEach((r, i) => {
      if (foldOf(r) !== fold || !r.quantemp) return;
      const s = wf.map((w) => score(pruned(w), r.features));
      figure[i] = FIGURE_KINDS[s.indexOf(Math.max(...s))] ?? 'quantity';
    });
  }
  return { probs, figure };
}

function report(rows: Row[], l2: number) {
  const { probs, figure } = crossValidate(rows, l2);
  const cv: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  // Thresholds are chosen on the fact-checked claims (the Snopes rows): the claims `extract --jsonl`
  // is asked to type are shaped like them, and the debate sentences and tweets hold more of every
  // type kind, which pulls the thresholds down. The F1 over all rows (at its own best threshold)
  // stays beside it, as the earlier rounds reported it.
  const claims = rows.map((_, i) => i).filter((i) => rows[i]?.source === 'snopes');
  const bestOf = (gold: boolean[], p: number[]) =>
    THRESHOLDS.map((t) => ({
      t,
      f: f1(
        gold,
        p.map((x) => x >= t),
      ),
    })).reduce((a, b) => (b.f > a.f ? b : a));
  for (const kind of TYPE_KINDS) {
    const gold = rows.map((r) => r.types.includes(kind));
    const p = probs.get(kind) ?? [];
    cv[`${kind}@0.5`] = f1(
      gold,
      p.map((x) => x >= 0.5),
    );
    cv[`${kind}:all`] = bestOf(gold, p).f;
    const best = bestOf(
      claims.map((i) => gold[i] ?? false),
      claims.map((i) => p[i] ?? 0),
    );
    thresholds[kind] = best.t;
    cv[kind] = best.f;
  }
  cv['typesMacro@0.5'] = TYPE_KINDS.reduce((a, k) => a + (cv[`${k}@0.5`] ?? 0), 0) / TYPE_KINDS.length;
  cv['typesMacro'] = TYPE_KINDS.reduce((a, k) => a + (cv[k] ?? 0), 0) / TYPE_KINDS.length;
  cv['typesMacro:all'] = TYPE_KINDS.reduce((a, k) => a + (cv[`${k}:all`] ?? 0), 0) / TYPE_KINDS.length;
  const withFigure = rows.map((r, i) => ({ gold: r.quantemp, got: figure[i] })).filter((x) => x.gold);
  for (const k of FIGURE_KINDS)
    cv[`figure:${k}`] = f1(
      withFigure.map((x) => x.gold === k),
      withFigure.map((x) => x.got === k),
    );
  cv['figureMacro'] = FIGURE_KINDS.reduce((a, k) => a + (cv[`figure:${k}`] ?? 0), 0) / FIGURE_KINDS.length;
  return { cv, thresholds };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const toRecord = (w: Map<string, number>) =>
  Object.fromEntries(
    [...w]
      .filter(([, v]) => Math.abs(v) >= MIN_WEIGHT)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, round(v)]),
  );

function main() {
  if (!evalDir || !existsSync(path.join(evalDir, 'matching'))) {
    console.log('train:kinds: ../shared/eval not found (the texts of the labels live there); nothing trained.');
    return;
  }
  const rows = readRows(evalDir);
  console.log(`${rows.length} labelled texts`);
  let best: { l2: number; cv: Record<string, number>; thresholds: Record<string, number> } | null = null;
  for (const l2 of [0.001, 0.003]) {
    const { cv, thresholds } = report(rows, l2);
    console.log(
      `l2 ${l2}: types macro-F1 ${cv['typesMacro']?.toFixed(3)} on the Snopes claims (all texts: ${cv['typesMacro:all']?.toFixed(3)}; 0.5: ${cv['typesMacro@0.5']?.toFixed(3)}), figure macro-F1 ${cv['figureMacro']?.toFixed(3)}`,
    );
    const total = (cv['typesMacro'] ?? 0) + (cv['figureMacro'] ?? 0);
    if (!best || total > (best.cv['typesMacro'] ?? 0) + (best.cv['figureMacro'] ?? 0)) best = { l2, cv, thresholds };
  }
  if (!best) return;
  console.log('cross-validated (5 folds):', Object.fromEntries(Object.entries(best.cv).map(([k, v]) => [k, round(v)])));
  const types = Object.fromEntries(
    TYPE_KINDS.map((k) => [k, { threshold: best.thresholds[k] ?? 0.5, weights: toRecord(fitBinary(rows, k, best.l2)) }]),
  ) as KindsModel['types'];
  const figureRows = rows.filter((r) => r.quantemp);
  const wf = fitSoftmax(
    figureRows,
    figureRows.map((r) => FIGURE_KINDS.indexOf(r.quantemp ?? 'quantity')),
    3,
    best.l2,
    true,
  );
  const figure = Object.fromEntries(FIGURE_KINDS.map((k, i) => [k, toRecord(wf[i] ?? new Map())])) as KindsModel['figure'];
  const body = JSON.stringify({ types, figure });
  const model: KindsModel = {
    version: `kinds-lr-${createHash('sha256').update(body).digest('hex').slice(0, 8)}`,
    trainedOn: `${rows.length} texts labelled by the team (training/kinds): Snopes claims and train/dev tweets of CheckThat! 2020 task 2, ClaimBuster crowdsourced sentences (CC BY 4.0) and sentences of its own; l2 ${best.l2}`,
    types,
    figure,
    cv: Object.fromEntries(Object.entries(best.cv).map(([k, v]) => [k, round(v)])),
  };
  writeFileSync(output, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), output)} (${model.version})`);
}

main();
