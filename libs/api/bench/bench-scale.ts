/**
 * npm run bench:scale [-- --claims N] [--pglite] [--reseed] [--next-url http://127.0.0.1:3000] [--samples N]
 *
 * Seeds PostgreSQL at DATABASE_URL (database "claimledger_bench_scale" on that server; reused
 * when it already holds N bench claims, --reseed forces) or, with --pglite, an embedded
 * database in a temporary folder; then measures p50/p95/p99 of every hot read through the
 * service layer, the consumer reads through REST (API key, rate limit, trpc-to-openapi, zod
 * output), and, with --next-url pointing at a Next server on the same database, the time to
 * first byte of the pages and of each export format. Last line:
 * `scale: claims=N worst_p95_ms=X worst_ttfb_ms=Y status_vs_limit=Z`, where status_vs_limit
 * is claim status over REST divided by the one-SQL node:http server (libs/api/bench/one-sql-server.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey, createUser, signIn } from '@claimledger/auth';
import { ensureVerdictScale, readDbEnv, refreshMatchTerms } from '@claimledger/db';
import { countScaleClaims, ensureDatabase, seedScale, withDatabase } from '@claimledger/db/bench';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { createTestActorForBench } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import {
  CitationArchiver,
  getArticle,
  getArticleStatus,
  getClaimDetail,
  getClaimStatus,
  listArticles,
  listClaimAudit,
  listClaimCitations,
  listClaimComments,
  listClaimReviews,
  listClaims,
  listVerdictLabels,
  lookupClaims,
  lookupClaimsByMeaning,
} from '@claimledger/services';
import autocannon from 'autocannon';
import { serveFetch } from '../src/rest/node-server';
import { createRestHandler } from '../src/rest/rest-handler';
import { startOneSqlServer } from './one-sql-server';

const { values: args } = parseArgs({
  options: {
    claims: { type: 'string' },
    pglite: { type: 'boolean', default: false },
    reseed: { type: 'boolean', default: false },
    'next-url': { type: 'string' },
    samples: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '5' },
  },
});
const claims = Number(args.claims ?? (args.pglite ? 100_000 : 1_000_000));
const samples = Number(args.samples);
const env = readDbEnv();
if (!args.pglite && !env.databaseUrl) throw new Error('Set DATABASE_URL (PostgreSQL) or pass --pglite.');
const benchUrl = args.pglite || !env.databaseUrl ? undefined : withDatabase(env.databaseUrl, 'claimledger_bench_scale');
const tempDir = args.pglite ? mkdtempSync(path.join(tmpdir(), 'claimledger-bench-scale-')) : undefined;

if (benchUrl && env.databaseUrl) await ensureDatabase(env.databaseUrl, 'claimledger_bench_scale');
const db = await openMigratedDatabase({
  databaseUrl: benchUrl,
  ...(tempDir ? { dataDir: path.join(tempDir, 'pglite') } : {}),
  migratePostgres: true,
});

type Row = { layer: string; read: string; p50: number; p95: number; p99: number };
const rows: Row[] = [];
const ttfbRows: Row[] = [];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
async function measure(layer: string, read: string, run: () => Promise<unknown>, into = rows): Promise<void> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const row = { layer, read, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99) };
  into.push(row);
  console.error(`  ${layer} ${read}: p95 ${row.p95.toFixed(1)} ms`);
}

/** Time to the first byte of a GET's body. */
function ttfb(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      if ((res.statusCode ?? 500) >= 400) reject(new Error(`${url}: HTTP ${res.statusCode}`));
      res.once('data', () => {
        resolve();
        res.destroy();
      });
      res.once('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

try {
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  const seeded = await countScaleClaims(db.prisma);
  if (args.reseed || seeded !== claims) {
    console.error(`seeding ${claims} claims…`);
    const t = Date.now();
    await seedScale(
      db.prisma,
      { claims, articles: Math.max(1, Math.round(claims / 100)), publishers: 40, connections: args.pglite ? 1 : 2 },
      console.error,
    );
    console.error(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  // The word-stem counts claim matching plans with (ingest keeps them; a bulk load recounts).
  const [terms] = await db.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "MatchTerm"`;
  if (args.reseed || seeded !== claims || !Number(terms?.n ?? 0)) {
    const t = Date.now();
    await refreshMatchTerms(db.prisma);
    console.error(`match terms recounted in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const reviewer: Actor = { id: 'su2', label: 'scale-2@example.org', role: 'reviewer' };
  const editor: Actor = { id: 'su0', label: 'scale-0@example.org', role: 'editor' };
  const sample = await listClaims(db.prisma, editor, { states: ['approved'], limit: 1 });
  const claimId = sample.items[0]?.id ?? 'sc1';
  const articleId = sample.items[0]?.articleId ?? 'sa1';
  // A cursor half-way down the queue (found once, slowly, with OFFSET; the page read is keyset).
  const [mid] = await db.prisma.claim.findMany({
    select: { id: true, checkworthiness: true },
    orderBy: [{ checkworthiness: 'desc' }, { id: 'asc' }],
    skip: Math.floor(claims / 2),
    take: 1,
  });
  const midCursor = Buffer.from(JSON.stringify([mid?.checkworthiness ?? 0, mid?.id ?? ''])).toString('base64url');

  const queueFilters: Array<[string, Parameters<typeof listClaims>[2]]> = [
    ['queue first page (default)', {}],
    ['queue state=new', { states: ['new'] }],
    ['queue state=approved', { states: ['approved'] }],
    ['queue kind=count', { kind: 'count' }],
    ['queue kind=ordinal', { kind: 'ordinal' }],
    ['queue assignee=me', { assignee: 'me' }],
    ['queue assignee=unassigned', { assignee: 'unassigned' }],
    ['queue min=0.9', { minCheckworthiness: 0.9 }],
    ['queue article', { articleId }],
    ['queue state=in_review+kind=count+me', { states: ['in_review'], kind: 'count', assignee: 'me' }],
    ['queue page at claim 500,000', { cursor: midCursor }],
    ['search words', { q: 'youth unemployment' }],
    ['search phrase', { q: '"hospital waiting lists"' }],
    ['search speaker', { q: 'Aisha Khan' }],
    ['search outlet', { q: 'Capital Times' }],
    ['search + state=new', { q: 'energy bills', states: ['new'] }],
  ];
  console.error('service layer');
  for (const [name, filter] of queueFilters) await measure('service', name, () => listClaims(db.prisma, reviewer, filter));
  const second = await listClaims(db.prisma, reviewer, {});
  await measure('service', 'queue next page', () => listClaims(db.prisma, reviewer, { cursor: second.nextCursor ?? undefined }));
  await measure('service', 'articles page', () => listArticles(db.prisma, { limit: 100 }));
  await measure('service', 'article page', () => getArticle(db.prisma, articleId));
  await measure('service', 'workbench', () =>
    Promise.all([
      getClaimDetail(db.prisma, claimId),
      listVerdictLabels(db.prisma),
      listClaimReviews(db.prisma, claimId),
      listClaimCitations(db.prisma, claimId),
      listClaimComments(db.prisma, claimId),
      listClaimAudit(db.prisma, claimId),
    ]),
  );
  await measure('service', 'claim status', () => getClaimStatus(db.prisma, claimId, 'http://localhost'));
  await measure('service', 'article status', () => getArticleStatus(db.prisma, articleId, 'http://localhost'));
  await measure('service', 'lookup by text (search)', () =>
    lookupClaims(db.prisma, { text: 'nurses in rural areas' }, 'http://localhost'),
  );
  // What GET /v1/claims/lookup serves: claims that say the same thing (claim matching).
  await measure('service', 'lookup by meaning (REST lookup)', () =>
    lookupClaimsByMeaning(db.prisma, { text: 'nurses in rural areas' }, 'http://localhost'),
  );
  // Hook for the tracked-claim page (built elsewhere): add its service read and its page path here,
  // e.g. await measure('service', 'tracked claim', () => getTrackedClaim(db.prisma, trackedId)).

  console.error('REST');
  const admin = await createTestActorForBench(db.prisma);
  const { token } = await createApiKey(db.prisma, admin, { name: 'bench-scale', scopes: ['claims:read', 'articles:read'] });
  const api = await serveFetch(
    createRestHandler({
      db: db.prisma,
      archiveQueue: new CitationArchiver(db.prisma),
      publicUrl: 'http://localhost:3000',
      rateLimit: { limit: 1_000_000_000, windowSeconds: 60, failedKeyLimit: 1_000_000_000 },
    }),
  );
  const auth = { authorization: `Bearer ${token}` };
  await measure('REST', 'claim status', () => ttfb(`${api.url}/api/v1/claims/${claimId}`, auth));
  await measure('REST', 'article status', () => ttfb(`${api.url}/api/v1/articles/${articleId}`, auth));
  await measure('REST', 'lookup by meaning', () =>
    ttfb(`${api.url}/api/v1/claims/lookup?text=nurses%20in%20rural%20areas`, auth),
  );

  const oneSql = await startOneSqlServer(db, benchUrl);
  const seconds = Number(args.seconds);
  const load = async (url: string, headers: Record<string, string> = {}) =>
    (await autocannon({ url, connections: 32, duration: seconds, headers })).requests.average;
  await load(`${api.url}/api/v1/claims/${claimId}`, auth);
  const restRps = await load(`${api.url}/api/v1/claims/${claimId}`, auth);
  await load(`${oneSql.url}/claims/${claimId}`);
  const sqlRps = await load(`${oneSql.url}/claims/${claimId}`);
  // The stricter limit: the same statement prepared once per connection, as the product's hot statements are.
  const prepared = await startOneSqlServer(db, benchUrl, true);
  await load(`${prepared.url}/claims/${claimId}`);
  const preparedRps = await load(`${prepared.url}/claims/${claimId}`);
  api.server.close();
  await oneSql.close();
  await prepared.close();

  const nextUrl = args['next-url'];
  if (nextUrl) {
    console.error('Next pages');
    const { oneTimePassword, user } = await createUser(db.prisma, {
      email: `bench-editor-${Date.now()}@example.org`,
      name: 'Bench editor',
      role: 'editor',
    });
    const session = await signIn(db.prisma, { email: user.email, password: oneTimePassword ?? '' });
    const cookie = { cookie: `cl_session=${session.token}` };
    const pages: Array<[string, string]> = [
      ['queue first page', '/claims'],
      ['queue state=new', '/claims?state=new'],
      ['queue kind=count', '/claims?kind=count'],
      ['queue assignee=unassigned', '/claims?assignee=unassigned'],
      ['queue min=0.9', '/claims?min=0.9'],
      ['queue next page', `/claims?after=${second.nextCursor ?? ''}`],
      ['queue page at claim 500,000', `/claims?after=${midCursor}`],
      ['queue search', '/claims?q=youth%20unemployment'],
      ['articles page', '/articles'],
      ['article page', `/articles/${articleId}`],
      ['workbench', `/claims/${claimId}`],
    ];
    for (const [name, pathname] of pages) await measure('Next TTFB', name, () => ttfb(`${nextUrl}${pathname}`, cookie), ttfbRows);
    for (const format of ['csv', 'markdown', 'claimreview']) {
      await measure(
        'Next TTFB',
        `export ${format} (all claims)`,
        () => ttfb(`${nextUrl}/api/exports?format=${format}`, cookie),
        ttfbRows,
      );
    }
    await measure(
      'Next TTFB',
      'export pdf (one article)',
      () => ttfb(`${nextUrl}/api/exports?format=pdf&articleId=${articleId}`, cookie),
      ttfbRows,
    );
  }

  const all = [...rows, ...ttfbRows];
  console.log(
    `database: ${args.pglite ? 'embedded PGlite' : 'PostgreSQL'}; ${claims} claims; ${samples} sequential samples per read`,
  );
  console.log('| layer | read | p50 ms | p95 ms | p99 ms |');
  console.log('|---|---|---|---|---|');
  for (const r of all)
    console.log(`| ${r.layer} | ${r.read} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`);
  console.log(
    `claim status under load (32 connections, ${seconds} s): REST ${restRps.toFixed(0)} req/s, one-SQL node:http ${sqlRps.toFixed(0)} req/s, one-SQL prepared ${preparedRps.toFixed(0)} req/s (REST / prepared ${(restRps / preparedRps).toFixed(2)})`,
  );
  const worstP95 = Math.max(...rows.map((r) => r.p95));
  const worstTtfb = ttfbRows.length ? Math.max(...ttfbRows.map((r) => r.p95)).toFixed(0) : 'n/a';
  console.log(
    `scale: claims=${claims} worst_p95_ms=${worstP95.toFixed(0)} worst_ttfb_ms=${worstTtfb} status_vs_limit=${(restRps / sqlRps).toFixed(2)}`,
  );
} finally {
  await db.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
