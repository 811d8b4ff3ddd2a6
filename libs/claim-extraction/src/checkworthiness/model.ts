import modelJson from '../../model/checkworthiness.json' with { type: 'json' };
import { featurize, type Linguistic } from './features';

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

// A Map reads faster than a 40k-key object; built once per model.
const weightMaps = new WeakMap<CheckworthinessModel, Map<string, number>>();
function weightsOf(model: CheckworthinessModel): Map<string, number> {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    weightMaps.set(model, weights);
  }
  return weights;
}

/** Probability in 0..1 that a sentence is a check-worthy factual claim. */
export function scoreSentence(
  sentence: string,
  linguistic?: Linguistic,
  model: CheckworthinessModel = CHECKWORTHINESS_MODEL,
): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const [key, value] of featurize(sentence, linguistic)) {
    const w = weights.get(key);
    if (w !== undefined) z += w * value;
  }
  return sigmoid(z);
}

export function isCheckworthy(score: number, model: CheckworthinessModel = CHECKWORTHINESS_MODEL): boolean {
  return score >= model.threshold;
}
