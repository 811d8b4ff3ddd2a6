// The trained reranker: standardised pair features (some weighted by the learned term importance
// models) → linear score (trained on pairs) → Platt or isotonic calibration fitted on out-of-fold
// scores. Weights live in model/reranker.json.
import { z } from 'zod';
import modelJson from '../model/reranker.json' with { type: 'json' };
import { FEATURE_NAMES } from './features.ts';
import { interpolate } from './interpolate.ts';
import { ZTermModel } from './term-weights.ts';

export { interpolate };

export const ZRerankerModel = z.object({
  version: z.string(),
  trainedOn: z.string(),
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  platt: z.object({ a: z.number(), b: z.number() }),
  /** When present, the calibration used: isotonic rates y at raw scores x, interpolated. */
  isotonic: z.object({ x: z.array(z.number()), y: z.array(z.number()) }).optional(),
  /** Learned term importance of the tweet's words and of the candidate's words (src/term-weights.ts). */
  termModels: z.object({ query: ZTermModel, candidate: ZTermModel }),
  depth: z.number().int().positive(),
  maxVectorWords: z.number().int().positive(),
  dev: z.record(z.string(), z.unknown()),
});
export type RerankerModel = z.infer<typeof ZRerankerModel>;

export function parseRerankerModel(value: unknown): RerankerModel {
  const model = ZRerankerModel.parse(value);
  if (model.features.join() !== FEATURE_NAMES.join()) {
    throw new Error(`reranker model ${model.version} was trained on other features than this code computes`);
  }
  return model;
}

export const RERANKER_MODEL: RerankerModel = parseRerankerModel(modelJson);

export function rawScore(model: RerankerModel, features: readonly number[]): number {
  let score = 0;
  for (let i = 0; i < model.weights.length; i++) {
    score += ((model.weights[i] ?? 0) * ((features[i] ?? 0) - (model.mean[i] ?? 0))) / (model.scale[i] ?? 1);
  }
  return score;
}

/** The calibrated probability that a pair states the same claim. */
export function calibrate(model: RerankerModel, raw: number): number {
  if (model.isotonic) return interpolate(model.isotonic, raw);
  return 1 / (1 + Math.exp(-(model.platt.a * raw + model.platt.b)));
}
