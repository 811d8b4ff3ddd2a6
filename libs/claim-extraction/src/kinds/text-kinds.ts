import type { ClaimKind, TextKind } from '@claimledger/domain';
import { classifySentence, figureKindOf, typeKindsOf, TYPE_KINDS, type TypeKind } from './model';

/** The order in which a text's kinds say most about it. */
const TEXT_KIND_ORDER: readonly TextKind[] = ['comparison', 'temporal', 'quantity', 'quote', 'causal', 'position', 'event'];
const FIGURE_OR_TIME: ReadonlySet<ClaimKind> = new Set(['quantity', 'count', 'ordinal', 'temporal', 'comparison']);

export type SentenceInput = { text: string; kinds: ReadonlySet<ClaimKind>; score: number };

/**
 * A text's kinds from its sentences: the kinds model decides quantity, quote, event, causal and
 * position (a kind when any sentence reaches its threshold); time and comparison come from the
 * rules, as on the claims. The text's one kind is the model's figure kind (quantity, temporal or
 * comparison) of its most check-worthy sentence with a figure or a time; without one, the most
 * probable type kind.
 */
export function textKinds(sentences: readonly SentenceInput[]): { kinds: TextKind[]; kind: TextKind | null } {
  const best = Object.fromEntries(TYPE_KINDS.map((k) => [k, 0])) as Record<TypeKind, number>;
  let figureSentence: { score: number; text: string } | null = null;
  const all = new Set<TextKind>();
  for (const s of sentences) {
    const read = classifySentence(s.text);
    for (const k of TYPE_KINDS) best[k] = Math.max(best[k], read.types[k]);
    if (s.kinds.has('temporal')) all.add('temporal');
    if (s.kinds.has('comparison')) all.add('comparison');
    if ([...s.kinds].some((k) => FIGURE_OR_TIME.has(k)) && (!figureSentence || s.score > figureSentence.score))
      figureSentence = { score: s.score, text: s.text };
  }
  for (const k of typeKindsOf(best)) all.add(k);
  let kind: TextKind | null = null;
  if (figureSentence) kind = figureKindOf(classifySentence(figureSentence.text).figure);
  else {
    const predicted = typeKindsOf(best);
    kind = predicted.reduce<TypeKind | null>((a, k) => (a === null || best[k] > best[a] ? k : a), null);
  }
  if (kind) all.add(kind);
  return { kinds: TEXT_KIND_ORDER.filter((k) => all.has(k)), kind };
}
