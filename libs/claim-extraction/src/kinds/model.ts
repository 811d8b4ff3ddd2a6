import { z } from 'zod';
import modelJson from '../../model/kinds.json' with { type: 'json' };
import { featurizeKinds, type Features, type RuleHits } from './features';

/** The kinds the model decides for a text (AVeriTeC's claim types, in the product's names). */
export const TYPE_KINDS = ['quantity', 'quote', 'event', 'causal', 'position'] as const;
export type TypeKind = (typeof TYPE_KINDS)[number];
/** The one kind of a text with a figure or a time (QuanTemp's taxonomy; an interval is a quantity). */
export const FIGURE_KINDS = ['quantity', 'temporal', 'comparison'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

const ZWeights = z.record(z.string(), z.number().finite());
const ZHead = z.object({ threshold: z.number().min(0).max(1), weights: ZWeights });
export const ZKindsModel = z.object({
  version: z.string().regex(/^kinds-lr-[0-9a-f]{8}$/),
  trainedOn: z.string(),
  types: z.object({ quantity: ZHead, quote: ZHead, event: ZHead, causal: ZHead, position: ZHead }),
  figure: z.object({ quantity: ZWeights, temporal: ZWeights, comparison: ZWeights }),
  cv: z.record(z.string(), z.number()),
});
export type KindsModel = z.infer<typeof ZKindsModel>;

export const KINDS_MODEL: KindsModel = ZKindsModel.parse(modelJson);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Maps read faster than objects of thousands of keys; built once per model.
const maps = new WeakMap<object, Map<string, number>>();
function mapOf(weights: Record<string, number>): Map<string, number> {
  let m = maps.get(weights);
  if (!m) {
    m = new Map(Object.entries(weights));
    maps.set(weights, m);
  }
  return m;
}

function linear(weights: Record<string, number>, features: Features): number {
  const w = mapOf(weights);
  let z = 0;
  for (const [key, value] of features) z += (w.get(key) ?? 0) * value;
  return z;
}

export type SentenceKinds = {
  /** Probability of each type kind. */
  types: Record<TypeKind, number>;
  /** Scores (log-odds up to a constant) of the figure kinds. */
  figure: Record<FigureKind, number>;
};

function typesOf(features: Features, model: KindsModel): Record<TypeKind, number> {
  return Object.fromEntries(TYPE_KINDS.map((k) => [k, sigmoid(linear(model.types[k].weights, features))])) as Record<
    TypeKind,
    number
  >;
}

/** The probability of each type kind for one sentence (the product's hot path). */
export function typeProbabilities(sentence: string, rules?: RuleHits, model: KindsModel = KINDS_MODEL): Record<TypeKind, number> {
  return typesOf(featurizeKinds(sentence, rules), model);
}

/** The model's reading of one sentence (or a short text read as one). */
export function classifySentence(sentence: string, model: KindsModel = KINDS_MODEL): SentenceKinds {
  return readSentence(sentence, undefined, model);
}

/** Both heads over one featurisation, with the rules' hits when extraction has them. */
export function readSentence(sentence: string, rules?: RuleHits, model: KindsModel = KINDS_MODEL): SentenceKinds {
  const features = featurizeKinds(sentence, rules);
  const figure = Object.fromEntries(FIGURE_KINDS.map((k) => [k, linear(model.figure[k], features)])) as Record<
    FigureKind,
    number
  >;
  return { types: typesOf(features, model), figure };
}

/** The type kinds whose probability reaches the model's threshold. */
export function typeKindsOf(types: Record<TypeKind, number>, model: KindsModel = KINDS_MODEL): TypeKind[] {
  return TYPE_KINDS.filter((k) => types[k] >= model.types[k].threshold);
}

/** The figure kind with the highest score. */
export function figureKindOf(figure: Record<FigureKind, number>): FigureKind {
  return FIGURE_KINDS.reduce((best, k) => (figure[k] > figure[best] ? k : best), FIGURE_KINDS[0]);
}
