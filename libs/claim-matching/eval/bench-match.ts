// `npm run bench:match`: the pure ranking cost of the reranker (no database): model and vector
// load time, candidates ranked per second and per-query latency for 50 candidates.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createMatcher, type MatchText } from '../src/index.ts';
import { createBm25Index } from '../src/bm25.ts';
import { readCorpus, readQueries } from '../training/data.ts';

const dataDir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../../shared/eval/matching');
const CANDIDATES = 50;

function syntheticSet(): { queries: MatchText[]; candidates: MatchText[][] } {
  const topics = ['vaccine', 'border', 'election', 'tax', 'climate', 'police', 'school', 'oil', 'virus', 'court'];
  const make = (i: number, j: number): MatchText => ({
    id: `${i}-${j}`,
    text: `The ${topics[(i + j) % 10]} report says ${j + 3} million people in the state were affected by the ${topics[j % 10]} policy in ${2000 + j}`,
    title: `Did ${topics[j % 10]} policy affect ${j + 3} million people?`,
  });
  const queries = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, text: make(i, i).text.replace('says', 'claims') }));
  return { queries, candidates: queries.map((_, i) => Array.from({ length: CANDIDATES }, (__, j) => make(i, j))) };
}

function realSet(): { queries: MatchText[]; candidates: MatchText[][] } | undefined {
  const corpusFile = path.join(dataDir, 'checkthat2020-verified-claims.jsonl');
  const queryFile = path.join(dataDir, 'checkthat2020-dev-queries.jsonl');
  if (!existsSync(corpusFile) || !existsSync(queryFile)) return undefined;
  const index = createBm25Index(readCorpus(corpusFile));
  const queries = readQueries(queryFile).map(({ id, text }) => ({ id, text }));
  // Fresh copies: the timing includes preparing every candidate, as for new database rows.
  return { queries, candidates: queries.map((q) => index.search(q.text, CANDIDATES).map((hit) => ({ ...hit.doc }))) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function main() {
  const t0 = performance.now();
  const matcher = createMatcher();
  const loadMs = performance.now() - t0;
  const set = realSet() ?? syntheticSet();
  const source = existsSync(path.join(dataDir, 'checkthat2020-dev-queries.jsonl'))
    ? 'CheckThat! 2020 dev queries, BM25 top 50'
    : 'synthetic claims (../shared absent)';
  for (let i = 0; i < 20; i++)
    matcher.rank(
      set.queries[i % set.queries.length] ?? { id: 'w', text: 'warm up' },
      (set.candidates[i % set.candidates.length] ?? []).map((c) => ({ ...c })),
    );
  const times: number[] = [];
  let ranked = 0;
  const started = performance.now();
  set.queries.forEach((query, i) => {
    const candidates = set.candidates[i] ?? [];
    const t = performance.now();
    matcher.rank(query, candidates);
    times.push(performance.now() - t);
    ranked += candidates.length;
  });
  const total = performance.now() - started;
  console.log(`bench:match (${new Date().toISOString().slice(0, 10)}, ${source}, model ${matcher.version})`);
  console.log(`model + vectors load: ${loadMs.toFixed(0)} ms`);
  console.log(`queries: ${set.queries.length}, candidates ranked: ${ranked}`);
  console.log(`throughput: ${((ranked / total) * 1000).toFixed(0)} candidates/s`);
  console.log(
    `per query (${CANDIDATES} candidates): median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
  );
}

main();
