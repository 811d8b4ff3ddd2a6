/**
 * The database part of `npm run bench:match` (after the pure reranker part):
 * `tsx libs/services/bench/bench-match-db.ts [--claims N] [--reseed] [--seed-only] [--samples N] [--articles N]`.
 *
 * PostgreSQL at DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres), database
 * "claimledger_bench_match" on that server, created when missing and kept for re-runs (reseeded
 * only when it does not hold N bench claims). Skipped, with the reason, when the server is
 * unreachable. The claims are real sentences (CheckThat! 2020 verified claims, ClaimBuster
 * debate sentences) and a million distinct splices of them (libs/db/src/bench/seed-scale.ts).
 * Measures (a) one claim matched (candidate SQL + rerank, `rankGroupMatches`) over real tweet
 * paraphrases, rewritten stored claims and unrelated news sentences, with the candidate stage's
 * recall; (b) the time matching adds to ingesting a ~5 KB news article (`trackArticleClaims` for
 * all its claims); and the practical limit: the candidate statement alone on a bare pg client.
 */
import { parseArgs } from 'node:util';
import { ensureVerdictScale, readDbEnv, refreshMatchTerms } from '@claimledger/db';
import { countScaleClaims, ensureDatabase, seedScale, unreachableReason, withDatabase } from '@claimledger/db/bench';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { readMatchBenchData } from './match-data';

const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '1000000' },
    reseed: { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    samples: { type: 'string', default: '400' },
    articles: { type: 'string', default: '20' },
  },
});
const CLAIMS = Number(args.claims);
const TAG = 'bench-match';
const DB_NAME = 'claimledger_bench_match';

const serverUrl = readDbEnv().databaseUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const unreachable = await unreachableReason(serverUrl);
if (unreachable) {
  console.log(`bench:match database part skipped: PostgreSQL at ${new URL(serverUrl).host} is unreachable (${unreachable}).`);
  process.exit(0);
}
const data = readMatchBenchData();
if (!data) {
  console.log('bench:match database part skipped: ../shared/eval (the sentence pool and queries) is absent.');
  process.exit(0);
}

await ensureDatabase(serverUrl, DB_NAME);
const benchUrl = withDatabase(serverUrl, DB_NAME);
const db = await openMigratedDatabase({ databaseUrl: benchUrl, migratePostgres: true });
try {
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  const seeded = await countScaleClaims(db.prisma, TAG);
  if (args.reseed || seeded !== CLAIMS) {
    console.error(`seeding ${CLAIMS} claims from ${data.pool.length} real sentences…`);
    const t = Date.now();
    await seedScale(
      db.prisma,
      { claims: CLAIMS, articles: Math.max(1, Math.round(CLAIMS / 20)), publishers: 40, sentences: data.pool, tag: TAG },
      console.error,
    );
    await refreshMatchTerms(db.prisma);
    console.error(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  if (!args['seed-only']) {
    const { runMatchBench } = await import('./match-bench-run');
    await runMatchBench(db, benchUrl, data, { claims: CLAIMS, samples: Number(args.samples), articles: Number(args.articles) });
  }
} finally {
  await db.close();
}
process.exit(0);
