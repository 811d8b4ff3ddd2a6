// Trains the check-worthiness model (logistic regression over sparse features) on the
// ClaimBuster crowdsourced sentences (CC BY 4.0) and writes model/checkworthiness.json.
//   npm run train:checkworthiness -- [path/to/claimbuster-crowdsourced.jsonl]
// Deterministic: a fixed seed, a hash-based 90/10 split; the threshold maximises F1 on the 10%.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { featurize } from '../src/checkworthiness/features';

const ZRow = z.object({ id: z.string(), text: z.string(), label: z.union([z.literal(0), z.literal(1)]) });
type Row = z.infer<typeof ZRow>;

const here = import.meta.dirname;
const input = process.argv[2] ?? path.resolve(here, '../../../../shared/eval/checkworthiness/claimbuster-crowdsourced.jsonl');
const output = path.resolve(here, '../model/checkworthiness.json');

const EPOCHS = Number(process.env['CW_EPOCHS'] ?? 6);
const LEARNING_RATE = Number(process.env['CW_LR'] ?? 0.005);
const L2 = Number(process.env['CW_L2'] ?? 1e-4);
const MIN_DOC_FREQ = 2;

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ZRow.parse(JSON.parse(l)));
}

const isDev = (id: string) => (createHash('sha256').update(id).digest()[0] ?? 0) < 26; // ~10%

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function f1At(scores: number[], labels: number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    if (predicted && labels[i] === 1) tp++;
    else if (predicted) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

function main() {
  const rows = readRows(input);
  const train = rows.filter((r) => !isDev(r.id));
  const dev = rows.filter((r) => isDev(r.id));
  const trainFeatures = train.map((r) => featurize(r.text));
  const docFreq = new Map<string, number>();
  for (const f of trainFeatures) for (const key of f.keys()) docFreq.set(key, (docFreq.get(key) ?? 0) + 1);
  const keep = new Set([...docFreq].filter(([, df]) => df >= MIN_DOC_FREQ).map(([k]) => k));

  // Adam on the logistic loss, one example at a time, in a seeded order.
  const w = new Map<string, number>();
  const m = new Map<string, number>();
  const v = new Map<string, number>();
  let bias = 0;
  let mb = 0;
  let vb = 0;
  let step = 0;
  const random = mulberry32(42);
  const order = train.map((_, i) => i);
  const positives = train.filter((r) => r.label === 1).length;
  const positiveWeight = (train.length - positives) / positives; // balance the classes
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const x = trainFeatures[index];
      const y = train[index]?.label ?? 0;
      if (!x) continue;
      let zValue = bias;
      for (const [key, value] of x) if (keep.has(key)) zValue += (w.get(key) ?? 0) * value;
      const p = 1 / (1 + Math.exp(-zValue));
      const g = (p - y) * (y === 1 ? positiveWeight : 1);
      step++;
      const lr = LEARNING_RATE / Math.sqrt(1 + epoch);
      const b1 = 0.9;
      const b2 = 0.999;
      const update = (grad: number, mPrev: number, vPrev: number) => {
        const mNew = b1 * mPrev + (1 - b1) * grad;
        const vNew = b2 * vPrev + (1 - b2) * grad * grad;
        const mHat = mNew / (1 - b1 ** step);
        const vHat = vNew / (1 - b2 ** step);
        return { delta: (lr * mHat) / (Math.sqrt(vHat) + 1e-8), mNew, vNew };
      };
      const ub = update(g, mb, vb);
      bias -= ub.delta;
      mb = ub.mNew;
      vb = ub.vNew;
      for (const [key, value] of x) {
        if (!keep.has(key)) continue;
        const wk = w.get(key) ?? 0;
        const u = update(g * value + L2 * wk, m.get(key) ?? 0, v.get(key) ?? 0);
        w.set(key, wk - u.delta);
        m.set(key, u.mNew);
        v.set(key, u.vNew);
      }
    }
    process.stderr.write(`epoch ${epoch + 1}/${EPOCHS}\n`);
  }

  const weights: Record<string, number> = {};
  for (const [key, value] of [...w].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rounded = Math.round(value * 1e4) / 1e4;
    if (Math.abs(rounded) >= 0.002) weights[key] = rounded;
  }
  const score = (text: string) => {
    let zValue = bias;
    for (const [key, value] of featurize(text)) zValue += (weights[key] ?? 0) * value;
    return 1 / (1 + Math.exp(-zValue));
  };
  const devScores = dev.map((r) => score(r.text));
  const devLabels = dev.map((r) => r.label);
  let best = { threshold: 0.5, f1: 0, precision: 0, recall: 0 };
  for (let t = 0.2; t <= 0.9; t += 0.01) {
    const result = f1At(devScores, devLabels, t);
    if (result.f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, ...result };
  }
  const model = {
    version: `cw-lr-${createHash('sha256').update(JSON.stringify(weights)).digest('hex').slice(0, 8)}`,
    trainedOn: 'ClaimBuster crowdsourced (Arslan et al., ICWSM 2020; CC BY 4.0), 90% split; threshold tuned on the other 10%',
    bias: Math.round(bias * 1e4) / 1e4,
    threshold: best.threshold,
    dev: { f1: round(best.f1), precision: round(best.precision), recall: round(best.recall), n: dev.length },
    weights,
  };
  writeFileSync(output, `${JSON.stringify(model)}\n`);
  console.log(`${Object.keys(weights).length} weights, dev F1 ${model.dev.f1} at threshold ${model.threshold} → ${output}`);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

main();
