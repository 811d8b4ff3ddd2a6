// The measurements of the database part of `npm run bench:match` (see bench-match-db.ts).
import os from 'node:os';
import { rankCandidates } from '@claimledger/claim-matching';
import {
  findClaimCandidatesMany,
  findFactCheckCandidatesMany,
  findQueryTerms,
  planCandidates,
  type CandidatePlan,
  type Database,
} from '@claimledger/db';
import { createBareCandidateReader } from '@claimledger/db/bench';
import { ingestArticle } from '../src/article/ingest-article';
import { rankGroupMatches } from '../src/tracking/match-claim';
import { trackArticleClaims } from '../src/tracking/track-article';
import { createCpuMeter } from './cpu-meter';
import { paraphrase, type MatchBenchData } from './match-data';

type Query = { kind: 'tweet' | 'paraphrase' | 'unrelated'; text: string; expected: string[] };

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};
/** Mean CPU ms per item of this process and of the server, and the wall time both need on this machine's cores at best. */
const cpuText = (cpu: { node: number; server: number | null }, items: number) => {
  const node = cpu.node / items;
  if (cpu.server === null) return `node ${node.toFixed(1)} ms (server not measurable: not on this machine)`;
  const server = cpu.server / items;
  return `node ${node.toFixed(1)} ms + server ${server.toFixed(1)} ms (mean; at least ${((node + server) / os.cpus().length).toFixed(1)} ms of wall time on ${os.cpus().length} cores)`;
};
const fmt = (values: number[]) =>
  `p50 ${pct(values, 50).toFixed(1)} ms, p95 ${pct(values, 95).toFixed(1)} ms, p99 ${pct(values, 99).toFixed(1)} ms`;

async function buildQueries(db: Database, data: MatchBenchData, claims: number, samples: number): Promise<Query[]> {
  const tweets: Query[] = data.tweets.map((t) => ({ kind: 'tweet', text: t.text, expected: t.relevant.map((p) => `sc${p}`) }));
  // Spliced claims (past the verbatim pool), spread over the table, rewritten.
  const spliced = Math.max(0, claims - data.pool.length);
  const ids = Array.from({ length: spliced ? 100 : 0 }, (_, k) => `sc${data.pool.length + ((k * 9973) % spliced)}`);
  const rows = await db.prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, sentence: true } });
  const paraphrases: Query[] = rows.map((r) => ({ kind: 'paraphrase', text: paraphrase(r.sentence), expected: [r.id] }));
  const unrelated: Query[] = data.unrelated.slice(0, 100).map((text) => ({ kind: 'unrelated', text, expected: [] }));
  const all = [...tweets, ...paraphrases, ...unrelated];
  // Interleaved, so a cut at `samples` keeps every kind.
  return all
    .map((q, i) => ({ q, key: (i * 7919) % all.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.q)
    .slice(0, samples);
}

/** A ~5.5 KB news article with three sentences that restate stored claims, distinct per run. */
function articleVariant(data: MatchBenchData, stored: string[], n: number): string {
  const paragraphs = data.article.split(/\n\s*\n/).filter((p) => p.trim());
  const [title, ...body] = paragraphs;
  const restated = stored.map((s) => `${paraphrase(s)}, a spokesperson said on day ${n}.`).join(' ');
  const at = 2 + (n % Math.max(1, body.length - 2));
  return [title, ...body.slice(0, at), restated, ...body.slice(at), `(Report ${n}.)`].join('\n\n');
}

export async function runMatchBench(
  db: Database,
  url: string,
  data: MatchBenchData,
  options: { claims: number; samples: number; articles: number },
): Promise<void> {
  const [{ count } = { count: 0n }] = await db.prisma.$queryRaw<Array<{ count: bigint }>>`SELECT count(*) AS count FROM "Claim"`;
  const [{ terms } = { terms: 0n }] = await db.prisma.$queryRaw<
    Array<{ terms: bigint }>
  >`SELECT count(*) AS terms FROM "MatchTerm"`;
  // Memory settings that change these figures most (docs/deployment-workers.md).
  const [memory] = await db.prisma.$queryRaw<Array<{ buffers: string; huge: string }>>`
    SELECT current_setting('shared_buffers') AS buffers, current_setting('huge_pages') AS huge`;
  const queries = await buildQueries(db, data, options.claims, options.samples);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `bench:match database (${new Date().toISOString().slice(0, 16)}Z, PostgreSQL, ${Number(count).toLocaleString('en')} claims from ${data.pool.length} real sentences, ${Number(terms).toLocaleString('en')} stems, shared_buffers ${memory?.buffers}, huge_pages ${memory?.huge}, load ${load} on ${os.cpus().length} cores)`,
  );
  // Warm up: word vectors, connections, the first plans.
  for (const q of queries.slice(0, 10)) await rankGroupMatches(db.prisma, q.text, { limit: 10 });

  // (a) one claim matched: candidate SQL + rerank, as lookup and ingest call it.
  const meter = await createCpuMeter(db);
  const total: number[] = [];
  const oneCpu = meter.mark();
  for (const q of queries) {
    const t = performance.now();
    await rankGroupMatches(db.prisma, q.text, { limit: 10 });
    total.push(performance.now() - t);
  }
  const oneClaimCpu = meter.since(oneCpu);
  // The same split in stages, with the candidate stage's recall.
  const candidateMs: number[] = [];
  const rerankMs: number[] = [];
  const plans: Array<CandidatePlan | null> = [];
  const found = { tweet: { hit: 0, of: 0 }, paraphrase: { hit: 0, of: 0 }, top: { hit: 0, of: 0 } };
  for (const q of queries) {
    let t = performance.now();
    const plan = planCandidates(await findQueryTerms(db.prisma, q.text));
    plans.push(plan);
    // As rankGroupMatches reads them: the claim searches in two statements, the fact-checks beside them.
    const [[claims = []], [checks = []]] = await Promise.all([
      findClaimCandidatesMany(db.prisma, [{ plan }], 30, 2),
      findFactCheckCandidatesMany(db.prisma, [plan], 10),
    ]);
    candidateMs.push(performance.now() - t);
    t = performance.now();
    const ranked = rankCandidates({ id: 'q', text: q.text }, [
      ...claims.map((c) => ({ id: c.id, text: c.sentence })),
      ...checks.map((c) => ({ id: c.id, text: c.claimReviewed })),
    ]);
    rerankMs.push(performance.now() - t);
    if (q.kind === 'unrelated') continue;
    const counter = found[q.kind];
    counter.of += 1;
    if (claims.some((c) => q.expected.includes(c.id))) counter.hit += 1;
    else if (process.env.BENCH_MATCH_MISSES)
      console.error(`miss (${q.kind}): ${q.text.slice(0, 120)} | ${JSON.stringify(plan?.anchors)}`);
    found.top.of += 1;
    if (q.expected.includes(ranked[0]?.id ?? '')) found.top.hit += 1;
  }
  // The practical limit: the claim-candidate statement alone, with its plan made, on a bare pg client.
  const bare = await createBareCandidateReader(url);
  const scored: number[] = [];
  const split: number[] = [];
  for (const plan of plans) {
    if (!plan?.anchors.length) continue;
    let t = performance.now();
    await bare.read(plan);
    scored.push(performance.now() - t);
    t = performance.now();
    await bare.readSplit(plan);
    split.push(performance.now() - t);
  }
  await bare.close();
  const share = ({ hit, of }: { hit: number; of: number }) => `${hit}/${of} (${((hit / Math.max(1, of)) * 100).toFixed(1)}%)`;
  console.log(
    `queries: ${queries.length} (${queries.filter((q) => q.kind === 'tweet').length} CheckThat! dev tweets, ${queries.filter((q) => q.kind === 'paraphrase').length} rewritten stored claims, ${queries.filter((q) => q.kind === 'unrelated').length} unrelated news sentences)`,
  );
  console.log(`(a) one claim matched (rankGroupMatches: candidate SQL + rerank): ${fmt(total)}`);
  console.log(`    CPU per claim: ${cpuText(oneClaimCpu, queries.length)}`);
  console.log(`    candidate stage (stems, then claims in 2 statements beside fact-checks): ${fmt(candidateMs)}`);
  console.log(`    rerank (up to 40 candidates): ${fmt(rerankMs)}`);
  console.log(`    practical limit: the claim-candidate statement alone on a bare pg client (plan made) ${fmt(scored)}`);
  console.log(`    the same split in 2 statements on 2 bare pg clients at once (as the product reads it) ${fmt(split)}`);
  console.log(
    `    recall of the candidate stage (top 30): tweets ${share(found.tweet)}, rewritten claims ${share(found.paraphrase)}; reranked first: ${share(found.top)}`,
  );

  if (options.articles === 0) return;
  // (b) what matching adds to ingesting a news article: trackArticleClaims for all its claims.
  const stored = await db.prisma.claim.findMany({
    where: { id: { in: Array.from({ length: 90 }, (_, k) => `sc${data.pool.length + k * 7001}`) } },
    select: { sentence: true },
  });
  const tracking: number[] = [];
  const ingest: number[] = [];
  const claimsPer: number[] = [];
  const bytes: number[] = [];
  const runs = options.articles;
  const benchStarted = new Date();
  const ingested: string[] = [];
  await db.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_match_terms`);
  await db.prisma.$executeRawUnsafe(`CREATE TABLE bench_match_terms AS SELECT "term", "docs" FROM "MatchTerm"`);
  let articleCpu = { node: 0, server: 0 as number | null };
  for (let n = 0; n < runs + 2; n++) {
    const body = articleVariant(
      data,
      stored.slice((n * 3) % 87, ((n * 3) % 87) + 3).map((s) => s.sentence),
      Date.now() + n,
    );
    const started = new Date();
    let t = performance.now();
    const { article } = await ingestArticle(db.prisma, {
      body,
      format: 'text',
      publisher: 'Bench Wire',
      publishedAt: '2026-12-01',
    });
    const ingestMs = performance.now() - t;
    ingested.push(article.id);
    // Undo the tracking (groups made since `started`), then time it alone.
    await db.prisma
      .$executeRaw`UPDATE "Claim" SET "groupId" = NULL, "matchScore" = NULL, "valueChange" = false, "isRepeat" = false
      WHERE "articleId" = ${article.id} OR "groupId" IN (SELECT "id" FROM "ClaimGroup" WHERE "createdAt" >= ${started})`;
    await db.prisma
      .$executeRaw`UPDATE "ImportedFactCheck" SET "groupId" = NULL WHERE "groupId" IN (SELECT "id" FROM "ClaimGroup" WHERE "createdAt" >= ${started})`;
    await db.prisma
      .$executeRaw`DELETE FROM "MatchSuggestion" WHERE "claimId" IN (SELECT "id" FROM "Claim" WHERE "articleId" = ${article.id})`;
    await db.prisma.$executeRaw`DELETE FROM "ClaimGroup" WHERE "createdAt" >= ${started}`;
    // The pool's connections of this article (an idle one closes after 10 s, a new one may open).
    await meter.refresh();
    const mark = meter.mark();
    t = performance.now();
    const outcomes = await trackArticleClaims(db.prisma, article.id);
    const trackMs = performance.now() - t;
    const cpu = meter.since(mark);
    if (n < 2) continue; // warm-up
    articleCpu = {
      node: articleCpu.node + cpu.node,
      server: articleCpu.server === null || cpu.server === null ? null : articleCpu.server + cpu.server,
    };
    tracking.push(trackMs);
    ingest.push(ingestMs);
    claimsPer.push(outcomes.length);
    bytes.push(Buffer.byteLength(body));
  }
  // Gone again, so the next run starts from the same table: every copy of the bench article left
  // behind made its rare stems commoner and gave the next run's searches more rows to score.
  // The document counts as they were (each article's matching noted its stems, twice): they pick
  // the rarest stems of later queries, and left behind they moved the next run's recall.
  await db.prisma.$executeRawUnsafe(
    `DELETE FROM "MatchTerm" m WHERE NOT EXISTS (SELECT 1 FROM bench_match_terms b WHERE b."term" = m."term")`,
  );
  await db.prisma.$executeRawUnsafe(
    `UPDATE "MatchTerm" m SET "docs" = b."docs" FROM bench_match_terms b WHERE b."term" = m."term" AND b."docs" <> m."docs"`,
  );
  await db.prisma.$executeRawUnsafe(`DROP TABLE bench_match_terms`);
  await db.prisma.article.deleteMany({ where: { id: { in: ingested } } });
  await db.prisma.$executeRaw`DELETE FROM "ClaimGroup" WHERE "createdAt" >= ${benchStarted}`;
  // Their index entries too: a plain VACUUM skips the indexes when under 2% of the pages have dead
  // rows, and the next run's searches for the same rare stems would visit every dead copy.
  await db.prisma.$executeRawUnsafe(`VACUUM (INDEX_CLEANUP ON) "Claim", "ClaimMatchTerms", "ClaimGroup"`);
  console.log(
    `(b) ingesting a news article (${runs} articles of ${(pct(bytes, 50) / 1024).toFixed(1)} KB, ${pct(claimsPer, 50)} claims each (median), 3 restating stored claims):`,
  );
  console.log(`    matching added (trackArticleClaims, all its claims): ${fmt(tracking)}`);
  console.log(`    CPU per article's matching: ${cpuText(articleCpu, runs)}`);
  console.log(`    whole ingest (extract + store + matching): ${fmt(ingest)}`);
  console.log(
    `match: claims=${Number(count)} one_claim_p95_ms=${pct(total, 95).toFixed(1)} article_matching_p95_ms=${pct(tracking, 95).toFixed(1)} candidate_p95_ms=${pct(candidateMs, 95).toFixed(1)} bare_sql_p95_ms=${pct(scored, 95).toFixed(1)} bare_split_p95_ms=${pct(split, 95).toFixed(1)}`,
  );
}
