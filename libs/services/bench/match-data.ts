// Text for the database part of `npm run bench:match`: the sentence pool the million claims are
// built from, and the query sentences (real paraphrases, rewritten stored claims, unrelated news).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../../../shared');

type Line = { id: string; text: string; relevant?: string[] };

function readJsonl(file: string): Line[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export type MatchBenchData = {
  /** Sentences the claims are built from; the CheckThat! 2020 verified claims come first, in file order. */
  pool: string[];
  /** Position in `pool` of each verified claim id. */
  verifiedAt: Map<string, number>;
  /** CheckThat! 2020 dev tweets with the verified claims they repeat: real paraphrases. */
  tweets: Array<{ text: string; relevant: number[] }>;
  /** Claims and news sentences that are not in the pool. */
  unrelated: string[];
  /** A real news article (about 5.5 KB). */
  article: string;
};

/** Reads ../shared/eval; undefined when it is absent. */
export function readMatchBenchData(): MatchBenchData | undefined {
  const verified = readJsonl(path.join(SHARED, 'eval/matching/checkthat2020-verified-claims.jsonl'));
  const articleFile = path.join(SHARED, 'fixtures/seed-article.txt');
  if (!verified.length || !existsSync(articleFile)) return undefined;
  const seen = new Set<string>();
  const pool: string[] = [];
  const verifiedAt = new Map<string, number>();
  const add = (text: string) => {
    const t = clean(text);
    if (t.split(' ').length < 6 || seen.has(t)) return -1;
    seen.add(t);
    pool.push(t);
    return pool.length - 1;
  };
  for (const v of verified) {
    const at = add(v.text);
    if (at >= 0) verifiedAt.set(v.id, at);
  }
  for (const file of [
    'checkworthiness/claimbuster-crowdsourced.jsonl',
    'checkworthiness/claimbuster-groundtruth.jsonl',
    'checkworthiness/checkthat2023-test.jsonl',
    'checkworthiness/checkthat2024-test.jsonl',
  ])
    for (const line of readJsonl(path.join(SHARED, 'eval', file))) add(line.text);
  const tweets = readJsonl(path.join(SHARED, 'eval/matching/checkthat2020-dev-queries.jsonl'))
    .map((q) => ({ text: clean(q.text), relevant: (q.relevant ?? []).flatMap((id) => verifiedAt.get(id) ?? []) }))
    .filter((q) => q.relevant.length > 0);
  const article = readFileSync(articleFile, 'utf8');
  const unrelated = [
    ...readJsonl(path.join(SHARED, 'eval/claimtypes/averitec-dev.jsonl')).map((l) => clean(l.text)),
    ...readJsonl(path.join(SHARED, 'eval/claimtypes/quantemp.jsonl')).map((l) => clean(l.text)),
    ...article
      .split(/(?<=[.!?])\s+/)
      .map(clean)
      .filter((s) => s.split(' ').length >= 8),
  ].filter((t) => !seen.has(t));
  return { pool, verifiedAt, tweets, unrelated, article };
}

const SWAPS: Array<[RegExp, string]> = [
  [/\bsaid\b/g, 'claimed'],
  [/\bhas been\b/g, 'was'],
  [/\bpercent\b/g, 'per cent'],
  [/\bthe\b/g, ''],
  [/(\w{4,})ed\b/g, '$1ing'],
  [/(\w{4,})s\b/g, '$1'],
];

/**
 * A stored claim in other words: the second half of its words first, then the first half (word
 * order changed), past tenses as -ing forms and plurals as singulars (inflections changed),
 * "the" dropped and a few words swapped.
 */
export function paraphrase(sentence: string): string {
  const words = sentence.replace(/[.,;:!?"“”]/g, ' ').split(/\s+/).filter(Boolean);
  const half = Math.floor(words.length / 2);
  let text = [...words.slice(half), ...words.slice(0, half)].join(' ');
  for (const [pattern, replacement] of SWAPS) text = text.replace(pattern, replacement);
  return clean(text);
}
