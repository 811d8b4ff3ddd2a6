import type { ClaimKind, TextKind } from '@claimledger/domain';
import type { RuleHits } from './features';
import { typeKindsOf, typeProbabilities, TYPE_KINDS, type TypeKind } from './model';

/** The order in which a text's kinds say most about it. */
const TEXT_KIND_ORDER: readonly TextKind[] = [
  'comparison',
  'temporal',
  'quantity',
  'count',
  'ordinal',
  'quote',
  'causal',
  'position',
  'event',
];
// The rules' figure and time kinds, in the order the text's one kind is picked from them.
const FIGURE_ORDER: readonly ClaimKind[] = ['comparison', 'temporal', 'quantity', 'count', 'ordinal'];

export type SentenceInput = { text: string; kinds: ReadonlySet<ClaimKind>; rules?: RuleHits };

/**
 * A text's kinds from its sentences: the kinds model decides quantity, quote, event, causal and
 * position (a kind when any sentence reaches its threshold); time and comparison come from the
 * rules, as on the claims. The text's one kind is the rules' first figure or time kind
 * (comparison, temporal, quantity, count, ordinal); without one, the most probable type kind.
 */
export function textKinds(sentences: readonly SentenceInput[]): { kinds: TextKind[]; kind: TextKind | null } {
  const best = Object.fromEntries(TYPE_KINDS.map((k) => [k, 0])) as Record<TypeKind, number>;
  const ruleKinds = new Set<ClaimKind>();
  const all = new Set<TextKind>();
  for (const s of sentences) {
    const types = typeProbabilities(s.text, s.rules);
    for (const k of TYPE_KINDS) best[k] = Math.max(best[k], types[k]);
    if (s.kinds.has('temporal')) all.add('temporal');
    if (s.kinds.has('comparison')) all.add('comparison');
    for (const k of s.kinds) ruleKinds.add(k);
  }
  const predicted = typeKindsOf(best);
  for (const k of predicted) all.add(k);
  const kind: TextKind | null =
    FIGURE_ORDER.find((k) => ruleKinds.has(k)) ??
    predicted.reduce<TypeKind | null>((a, k) => (a === null || best[k] > best[a] ? k : a), null);
  if (kind) all.add(kind);
  return { kinds: TEXT_KIND_ORDER.filter((k) => all.has(k)), kind };
}
