// Fits a term-importance model (src/term-weights.ts): one hidden layer of tanh units, logistic
// output, on standardised inputs; Adam on the log loss with weight decay, minibatches in a seeded
// order (deterministic). Settings chosen by 5-fold cross-validated MAP@5 of the reranker.
import { type TermInput, type TermModel, type TermScorer } from '../src/term-weights.ts';

export const TERM_HIDDEN = 16;
const EPOCHS = 15;
const BATCH = 128;
const LEARNING_RATE = 0.003;
const WEIGHT_DECAY = 0.001;

export function fitTermModel(rows: readonly number[][], labels: readonly number[], seed = 7): TermModel {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const variance = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((value, i) => (mean[i] = (mean[i] ?? 0) + value / n));
  for (const row of rows) row.forEach((value, i) => (variance[i] = (variance[i] ?? 0) + (value - (mean[i] ?? 0)) ** 2 / n));
  const scale = variance.map((v) => Math.sqrt(v) || 1);
  const z = rows.map((row) => Float64Array.from(row, (value, i) => (value - (mean[i] ?? 0)) / (scale[i] ?? 1)));
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  const hidden = Array.from({ length: TERM_HIDDEN }, () =>
    Float64Array.from({ length: width }, () => (random() * 2) / Math.sqrt(width)),
  );
  const hiddenBias = new Float64Array(TERM_HIDDEN);
  const output = Float64Array.from({ length: TERM_HIDDEN }, () => (random() * 2) / Math.sqrt(TERM_HIDDEN));
  const outputBias = new Float64Array([-1]);
  const params = [...hidden, hiddenBias, output, outputBias];
  const moment = params.map((p) => new Float64Array(p.length));
  const second = params.map((p) => new Float64Array(p.length));
  const order = Array.from({ length: n }, (_, i) => i);
  const activation = new Float64Array(TERM_HIDDEN);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor((random() + 0.5) * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (let start = 0; start < n; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const grads = params.map((p) => new Float64Array(p.length));
      const gradHiddenBias = grads[TERM_HIDDEN] as Float64Array;
      const gradOutput = grads[TERM_HIDDEN + 1] as Float64Array;
      const gradOutputBias = grads[TERM_HIDDEN + 2] as Float64Array;
      for (const k of batch) {
        const x = z[k] as Float64Array;
        let out = outputBias[0] as number;
        for (let unit = 0; unit < TERM_HIDDEN; unit++) {
          const weights = hidden[unit] as Float64Array;
          let sum = hiddenBias[unit] as number;
          for (let i = 0; i < width; i++) sum += (weights[i] as number) * (x[i] as number);
          activation[unit] = Math.tanh(sum);
          out += (output[unit] as number) * (activation[unit] as number);
        }
        const error = (1 / (1 + Math.exp(-out)) - (labels[k] ?? 0)) / batch.length;
        gradOutputBias[0] = (gradOutputBias[0] as number) + error;
        for (let unit = 0; unit < TERM_HIDDEN; unit++) {
          const a = activation[unit] as number;
          gradOutput[unit] = (gradOutput[unit] as number) + error * a;
          const back = error * (output[unit] as number) * (1 - a * a);
          gradHiddenBias[unit] = (gradHiddenBias[unit] as number) + back;
          const grad = grads[unit] as Float64Array;
          for (let i = 0; i < width; i++) grad[i] = (grad[i] as number) + back * (x[i] as number);
        }
      }
      step += 1;
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      params.forEach((p, index) => {
        const g = grads[index] as Float64Array;
        const m = moment[index] as Float64Array;
        const v = second[index] as Float64Array;
        // Weight decay on every weight but the output bias (as fitted in the exploration).
        const decay = index === params.length - 1 ? 0 : WEIGHT_DECAY;
        for (let i = 0; i < p.length; i++) {
          const gi = (g[i] as number) + decay * (p[i] as number);
          m[i] = 0.9 * (m[i] as number) + 0.1 * gi;
          v[i] = 0.999 * (v[i] as number) + 0.001 * gi * gi;
          p[i] = (p[i] as number) - (LEARNING_RATE * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + 1e-8);
        }
      });
    }
  }
  return {
    mean,
    scale,
    hidden: hidden.map((row) => Array.from(row)),
    hiddenBias: Array.from(hiddenBias),
    output: Array.from(output),
    outputBias: outputBias[0] ?? 0,
  };
}

/** Mean log loss of a term model on held-out terms. */
export function logLoss(score: TermScorer, terms: readonly TermInput[], labels: readonly number[]): number {
  let sum = 0;
  terms.forEach((term, i) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, score(term)));
    sum -= labels[i] ? Math.log(p) : Math.log(1 - p);
  });
  return sum / Math.max(1, terms.length);
}
