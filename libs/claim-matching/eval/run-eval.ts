// `npm run eval` (matching part): MAP@1/3/5 and P@1 on the CheckThat! 2020 dev and test queries,
// through the code path of `claimledger match --jsonl` (corpus parsing, BM25 first stage,
// reranker). Dev was used for tuning; test was not used for any choice.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createBm25Index } from '../src/bm25.ts';
import { RERANKER_MODEL, createCorpusMatcher, createMatcher, matchLine, parseCorpus } from '../src/index.ts';
import { averagePrecisionAt, readQueries } from '../training/data.ts';

const dataDir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../../shared/eval/matching');
const corpusFile = path.join(dataDir, 'checkthat2020-verified-claims.jsonl');
const ZResult = z.object({ id: z.string(), matches: z.array(z.object({ id: z.string(), score: z.number() })) });

function main() {
  console.log('\n## Claim matching (CheckThat! 2020 Task 2 English, verified-claim retrieval)\n');
  if (!existsSync(corpusFile)) {
    console.log(`skipped: ${corpusFile} is absent (the matching eval needs ../shared/eval/matching)`);
    return;
  }
  const started = Date.now();
  const docs = parseCorpus(readFileSync(corpusFile, 'utf8'), corpusFile);
  const corpus = createCorpusMatcher(docs, createMatcher(), RERANKER_MODEL.depth);
  const firstStage = createBm25Index(docs);
  console.log(`model ${RERANKER_MODEL.version}, corpus and vectors loaded in ${Date.now() - started} ms\n`);
  console.log('| set | ranking | queries | MAP@1 | MAP@3 | MAP@5 | P@1 | ms/query |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const split of ['dev', 'test']) {
    const file = path.join(dataDir, `checkthat2020-${split}-queries.jsonl`);
    if (!existsSync(file)) {
      console.log(`| ${split} | | missing | | | | | |`);
      continue;
    }
    const queries = readQueries(file);
    const report = (label: string, rank: (query: { id: string; text: string }, line: number) => string[]) => {
      const sums = { map1: 0, map3: 0, map5: 0, p1: 0 };
      const t0 = Date.now();
      queries.forEach((query, index) => {
        const hits = rank(query, index + 1).map((id) => query.relevant.includes(id));
        sums.map1 += averagePrecisionAt(hits, query.relevant.length, 1);
        sums.map3 += averagePrecisionAt(hits, query.relevant.length, 3);
        sums.map5 += averagePrecisionAt(hits, query.relevant.length, 5);
        sums.p1 += hits[0] ? 1 : 0;
      });
      const n = queries.length;
      const f = (value: number) => (value / n).toFixed(3);
      const ms = ((Date.now() - t0) / n).toFixed(1);
      console.log(`| ${split} | ${label} | ${n} | ${f(sums.map1)} | ${f(sums.map3)} | ${f(sums.map5)} | ${f(sums.p1)} | ${ms} |`);
    };
    report('BM25 first stage only', (query) => firstStage.search(query.text, 5).map((hit) => hit.doc.id));
    report(`reranker (${RERANKER_MODEL.version})`, (query, line) => {
      const out = ZResult.parse(JSON.parse(matchLine(corpus, JSON.stringify({ id: query.id, text: query.text }), line)));
      return out.matches.map((match) => match.id);
    });
  }
}

main();
