import type { DbClient } from '../client';
import { refreshMatchTerms } from '../repositories/match-candidate-repository';

/**
 * Bulk data for `npm run bench:scale`, generated inside the database (generate_series over
 * sentence parts), so a million claims cost no client round trips. Deterministic for a count:
 * the same `claims` always yields the same rows. Secondary indexes on "Claim" (and its match terms) are dropped
 * during the load and rebuilt from their own definitions (pg_indexes) afterwards; claim batches,
 * the review/citation/assignment inserts and the index builds run two at a time.
 */
export type ScaleSeed = {
  claims: number;
  articles: number;
  publishers: number;
  /**
   * Real sentences to build the claims from instead of the templates (bench:match): the first
   * `sentences.length` claims are the sentences verbatim, every later one joins the first half
   * of one pool sentence to the second half of another (picked by multiplicative hashes), so a
   * million claims keep the pool's vocabulary and word frequencies and are all distinct.
   */
  sentences?: string[];
  /** "extractorVersion" of the seeded claims (default 'bench-scale'), how a bench knows its data. */
  tag?: string;
  /** Statements run at once (default 2, one per core); 1 for PGlite, which has one connection. */
  connections?: number;
};

const SUBJECTS = [
  'The government',
  'The council',
  'The health ministry',
  'Unemployment',
  'The opposition leader',
  'Inflation',
  'The national debt',
  'Crime in the capital',
  'The education budget',
  'Hospital waiting lists',
  'The central bank',
  'Rents in the city',
  'The prime minister',
  'Exports to Europe',
  'The mayor',
  'Carbon emissions',
  'The trade deficit',
  'Immigration',
  'The police force',
  'Childcare costs',
  'The defence budget',
  'Energy bills',
  'Average wages',
  'The housing programme',
  'Youth unemployment',
  'The pension fund',
  'Tax revenue',
  'The rail operator',
  'Food prices',
  'The regional authority',
  'Life expectancy',
  'Foreign investment',
  'The army',
  'Broadband coverage',
  'The school system',
  'Vaccination rates',
  'Public spending',
  'The farming sector',
  'Car ownership',
  'Tourism',
];
const VERBS = [
  'rose by',
  'fell by',
  'has grown to',
  'dropped to',
  'reached',
  'has doubled to',
  'climbed to',
  'shrank by',
  'now stands at',
  'increased by',
  'was cut by',
  'peaked at',
  'hit',
  'has fallen to',
  'added',
  'lost',
  'spent',
  'is projected to reach',
  'stayed at',
  'more than tripled to',
];
const UNITS: Array<[string, string]> = [
  ['per cent', 'quantity'],
  ['percent', 'quantity'],
  ['million pounds', 'quantity'],
  ['billion dollars', 'quantity'],
  ['homes', 'count'],
  ['jobs', 'count'],
  ['people', 'count'],
  ['schools', 'count'],
  ['nurses', 'count'],
  ['points', 'quantity'],
  ['million euros', 'quantity'],
  ['officers', 'count'],
  ['beds', 'count'],
  ['tonnes', 'quantity'],
  ['days', 'quantity'],
  ['hospitals', 'count'],
  ['times', 'comparison'],
  ['places', 'ordinal'],
];
const TOPICS = [
  'across the country',
  'in the north',
  'among young people',
  'in rural areas',
  'for low earners',
  'in the last quarter',
  'since the election',
  'compared with last year',
  'in the capital',
  'among pensioners',
  'in coastal towns',
  'for first-time buyers',
  'in state schools',
  'in the private sector',
  'on the railways',
  'in the south-west',
  'among women',
  'for small businesses',
  'in the health service',
  'at the border',
  'in new towns',
  'in the public sector',
  'for families with children',
  'in the energy sector',
  'in manufacturing',
];
const TIMES = [
  'in 2023',
  'last year',
  'since 2019',
  'over the past decade',
  'this spring',
  'in the first half of 2024',
  'between 2015 and 2020',
  'in March',
  'during the pandemic',
  'in the past five years',
  'by 2030',
  'this month',
  'in 2022',
  'since records began',
  'in the last twelve months',
];
const SPEAKERS = [
  'Maria Lopez',
  'James Carter',
  'Aisha Khan',
  'Tom Fischer',
  'Priya Patel',
  'Oliver Grant',
  'Sofia Rossi',
  'Daniel Okafor',
  'Hannah Weiss',
  'Lucas Martin',
  'Emma Novak',
  'Samuel Reyes',
  'Chloe Dubois',
  'Ibrahim Said',
  'Grace Murphy',
  'Viktor Horvat',
  'Nora Lindqvist',
  'Ethan Brooks',
  'Leila Haddad',
  'Marco Bianchi',
  'the finance minister',
  'the health secretary',
  'a party spokesperson',
  'the union leader',
  'the chief economist',
  'the mayor',
  'the opposition leader',
  'the police commissioner',
  'a government source',
  'the think tank',
];
const FRAMES = [
  '{S} {V} {N} {U} {T} {P}, {K} said.',
  'According to {K}, {s} {V} {N} {U} {T} {P}.',
  '"{S} {V} {N} {U} {T}," {K} told reporters.',
  '{K} claimed that {s} {V} {N} {U} {P} {T}.',
  'Figures released {T} show {s} {V} {N} {U} {P}.',
  '{S} {V} {N} {U} {P}, the highest level {T}, according to {K}.',
  'In a speech {T}, {K} said {s} {V} {N} {U} {P}.',
  '{S} {V} {N} {U} {T}, far more than the {M} {U} promised {P}.',
];
const OUTLETS = [
  'Daily Ledger',
  'Morning Courier',
  'The Evening Post',
  'Capital Times',
  'Northern Herald',
  'Coastal Gazette',
  'The Observer Review',
  'Metro Daily',
  'National Chronicle',
  'The Weekly Standard Bearer',
  'City Wire',
  'Public Radio News',
  'The Independent Voice',
  'Valley Tribune',
  'Harbour Sentinel',
  'Union Press',
  'The Market Journal',
  'Republic Today',
  'Highland Echo',
  'Riverside Mirror',
  'The Civic Record',
  'Frontline Report',
  'The Policy Desk',
  'Parliament Watch',
  'Western Bulletin',
  'Eastern Dispatch',
  'Global Affairs Weekly',
  'The Fact Sheet',
  'Town Crier',
  'News at Nine',
  'The Sunday Review',
  'Midlands Monitor',
  'Atlantic Signal',
  'Southern Star',
  'Tech and State',
  'The Ledger Online',
  'Open Government News',
  'Data Street',
  'The Numbers Column',
  'Regional Broadcaster',
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]::text[]`;

/** Each part is picked by its own multiplier, so neighbouring claims share few parts. */
function claimInsertSql(from: number, to: number, articles: number, pool: number, tag: string): string {
  const pick = (name: string, mult: number, len: number) => `${name}[1 + ((i * ${mult}) % ${len})]`;
  const subject = pick('s', 7919, SUBJECTS.length);
  // From the pool (bench_sentence_pool, 0-based ids): verbatim first, then spliced halves.
  const spliced = `CASE WHEN i < ${pool} THEN (SELECT b."text" FROM bench_sentence_pool b WHERE b."pos" = i)
      ELSE (SELECT array_to_string(x."words"[1:greatest(1, cardinality(x."words") / 2)], ' ') || ' ' ||
                   array_to_string(y."words"[greatest(1, cardinality(y."words") / 2) + 1:], ' ')
            FROM bench_sentence_pool x, bench_sentence_pool y
            WHERE x."pos" = (i * 7919) % ${pool} AND y."pos" = (i * 104729 + i / ${pool}) % ${pool}) END`;
  const sentence =
    pool > 0
      ? spliced
      : `replace(replace(replace(replace(replace(replace(replace(replace(replace(
      ${pick('f', 31, FRAMES.length)},
      '{S}', ${subject}), '{s}', lower(left(${subject}, 1)) || substr(${subject}, 2)),
      '{V}', ${pick('v', 104729, VERBS.length)}), '{N}', n::text), '{U}', u),
      '{T}', ${pick('t', 1301, TIMES.length)}), '{P}', ${pick('p', 613, TOPICS.length)}), '{K}', k), '{M}', (n * 2)::text)`;
  return `
WITH parts AS (
  SELECT ${sqlArray(SUBJECTS)} AS s, ${sqlArray(VERBS)} AS v, ${sqlArray(TOPICS)} AS p, ${sqlArray(TIMES)} AS t,
         ${sqlArray(FRAMES)} AS f, ${sqlArray(SPEAKERS)} AS ks,
         ${sqlArray(UNITS.map((u) => u[0]))} AS us, ${sqlArray(UNITS.map((u) => u[1]))} AS uk,
         (SELECT array_agg(l."id" ORDER BY l."position") FROM "VerdictLabel" l JOIN "VerdictScale" vs
            ON vs."id" = l."scaleId" AND vs."isDefault" WHERE l."rating" > 0) AS labels
), numbered AS (
  SELECT i, parts.*, (i * 2654435761 % 4294967296)::bigint AS h,
         us[1 + ((i * 389) % ${UNITS.length})] AS u, uk[1 + ((i * 389) % ${UNITS.length})] AS kind,
         ks[1 + ((i * 97) % ${SPEAKERS.length})] AS k,
         (1 + (i * 48271) % 997)::int AS n,
         CASE WHEN (i * 2654435761 % 4294967296) % 100 < 68 THEN 'new' WHEN (i * 2654435761 % 4294967296) % 100 < 78 THEN 'in_review'
              WHEN (i * 2654435761 % 4294967296) % 100 < 83 THEN 'submitted' WHEN (i * 2654435761 % 4294967296) % 100 < 92 THEN 'approved'
              WHEN (i * 2654435761 % 4294967296) % 100 < 94 THEN 'sent_back' WHEN (i * 2654435761 % 4294967296) % 100 < 99 THEN 'not_checkworthy'
              ELSE 'void' END AS st
  FROM generate_series(${from}::bigint, ${to - 1}::bigint) AS i, parts
), built AS (
  SELECT *, ${sentence} AS sentence FROM numbered
)
INSERT INTO "Claim" ("id", "articleId", "sentence", "sentenceStart", "start", "end", "text", "kind", "kinds",
  "value", "unit", "speaker", "isQuote", "hedged", "checkworthiness", "extractorVersion", "state", "verdictLabelId",
  "assigneeId", "createdAt", "updatedAt")
SELECT 'sc' || i, 'sa' || (i % ${articles}), sentence, (i / ${articles}) * 200, (i / ${articles}) * 200,
  (i / ${articles}) * 200 + length(sentence), sentence, kind::"ClaimKind",
  CASE WHEN i % 5 = 0 THEN ARRAY[kind, 'temporal']::"ClaimKind"[] ELSE ARRAY[kind]::"ClaimKind"[] END,
  n, u, k, left(f[1 + ((i * 31) % ${FRAMES.length})], 1) = '"', i % 11 = 0,
  ((h % 100000) / 100000.0)::float8, '${tag}',
  st::"WorkflowState", CASE WHEN st = 'approved' THEN labels[1 + (h % cardinality(labels))] END,
  CASE WHEN st IN ('in_review', 'submitted') OR (st = 'new' AND hashtext('sc' || i) % 20 = 0)
       THEN 'su' || (2 + (hashtext('sc' || i) & 7)) END,
  now() - ((i % 365) || ' days')::interval, now()
FROM built`;
}

async function exec(db: DbClient, sql: string): Promise<void> {
  await db.$executeRawUnsafe(sql);
}

/** How many bench-scale claims (or claims seeded with `tag`) the database holds (0 when none). */
export async function countScaleClaims(db: DbClient, tag = 'bench-scale'): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ n: bigint }>>(
    `SELECT count(*) AS n FROM "Claim" WHERE "extractorVersion" = $1`,
    tag,
  );
  return Number(row?.n ?? 0);
}

/**
 * Replaces all data with `seed.claims` claims over `seed.articles` articles, plus users,
 * reviews (submitted, approved and sent-back claims), citations (approved ones) and
 * assignments (claims in review or submitted, and one in twenty new ones).
 */
export async function seedScale(db: DbClient, seed: ScaleSeed, log: (line: string) => void = () => {}): Promise<void> {
  const started = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const width = seed.connections ?? 2;
  await exec(
    db,
    `TRUNCATE "Claim", "Article", "Publisher", "Review", "Citation", "Assignment", "Comment", "AuditEvent", "Correction" CASCADE`,
  );
  const indexes = await db.$queryRawUnsafe<Array<{ indexname: string; indexdef: string }>>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.tablename IN ('Claim', 'ClaimMatchTerms') AND i.schemaname = current_schema()
       AND i.indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const i of indexes) await exec(db, `DROP INDEX "${i.indexname}"`);
  // Pair terms read the stems' document counts: written once all rows are in and counted.
  await exec(db, `ALTER TABLE "Claim" DISABLE TRIGGER "Claim_matchTerms_insert"`);
  try {
    await insertRows(db, seed, step);
    await refreshMatchTerms(db);
    await exec(
      db,
      `INSERT INTO "ClaimMatchTerms" ("claimId", "articleId", "createdAt", "sentenceTsv", "pairTsv")
       SELECT "id", "articleId", "createdAt", "sentenceTsv", claimledger_pair_terms("sentenceTsv") FROM "Claim"`,
    );
    step('pair terms');
  } finally {
    await exec(db, `ALTER TABLE "Claim" ENABLE TRIGGER "Claim_matchTerms_insert"`);
    // Two at a time, each on its own connection with a large sort memory (the GIN ones first:
    // they take longest).
    const gin = (d: string) => (/USING gin/i.test(d) ? 0 : 1);
    const ordered = [...indexes].sort((a, b) => gin(a.indexdef) - gin(b.indexdef));
    await inParallel(
      ordered.map((i) => async () => {
        await db.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
            await tx.$executeRawUnsafe(i.indexdef);
          },
          { timeout: 3_600_000, maxWait: 3_600_000 },
        );
        step(`index ${i.indexname}`);
      }),
      width,
    );
  }
  await exec(db, 'VACUUM ANALYZE');
  step('vacuum analyze');
}

/** Runs the tasks `width` at a time, each on its own connection of the pool. */
async function inParallel(tasks: Array<() => Promise<void>>, width: number): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: width }, worker));
}

async function insertRows(db: DbClient, seed: ScaleSeed, step: (what: string) => void): Promise<void> {
  const width = seed.connections ?? 2;
  await exec(
    db,
    `INSERT INTO "Publisher" ("id", "name", "domain")
     SELECT 'sp' || i, (${sqlArray(OUTLETS)})[1 + i % ${OUTLETS.length}] || CASE WHEN i >= ${OUTLETS.length} THEN ' ' || i ELSE '' END,
            'outlet' || i || '.example.com'
     FROM generate_series(0, ${seed.publishers - 1}) AS i`,
  );
  await exec(
    db,
    `INSERT INTO "Article" ("id", "url", "canonicalUrl", "title", "publishedAt", "text", "contentHash", "ingestSource", "status", "publisherId", "updatedAt")
     SELECT 'sa' || i, 'https://outlet' || (i % ${seed.publishers}) || '.example.com/news/' || i, NULL,
            (${sqlArray(SUBJECTS)})[1 + (i * 7) % ${SUBJECTS.length}] || ': what the figures say (' || i || ')',
            now() - ((i % 365) || ' days')::interval - ((i % 24) || ' hours')::interval,
            'Bench article text ' || i, 'bench-scale-' || i, 'bulk', 'extracted', 'sp' || (i % ${seed.publishers}), now()
     FROM generate_series(0, ${seed.articles - 1}) AS i`,
  );
  step(`${seed.publishers} publishers, ${seed.articles} articles`);
  const pool = seed.sentences ?? [];
  if (pool.length) {
    await exec(db, `DROP TABLE IF EXISTS bench_sentence_pool`);
    await exec(
      db,
      `CREATE UNLOGGED TABLE bench_sentence_pool ("pos" int PRIMARY KEY, "text" text NOT NULL, "words" text[] NOT NULL)`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO bench_sentence_pool SELECT (n - 1)::int, t, regexp_split_to_array(t, '\\s+') FROM unnest($1::text[]) WITH ORDINALITY AS s(t, n)`,
      pool,
    );
    step(`${pool.length} pool sentences`);
  }
  // Batches on two connections at once: composing sentences and their tsvector is CPU work.
  const batch = 100_000;
  const batches = Array.from({ length: Math.ceil(seed.claims / batch) }, (_, k) => k * batch);
  await inParallel(
    batches.map((from) => async () => {
      const to = Math.min(seed.claims, from + batch);
      await exec(db, claimInsertSql(from, to, seed.articles, pool.length, seed.tag ?? 'bench-scale'));
      step(`claims ${from}–${to}`);
    }),
    width,
  );
  if (pool.length) await exec(db, `DROP TABLE bench_sentence_pool`);
  await exec(
    db,
    `INSERT INTO "User" ("id", "email", "name", "role")
     SELECT 'su' || i, 'scale-' || i || '@example.org', 'Scale reviewer ' || i, (CASE WHEN i < 2 THEN 'editor' ELSE 'reviewer' END)::"Role"
     FROM generate_series(0, 9) AS i ON CONFLICT DO NOTHING`,
  );
  await inParallel(
    [
      () => insertReviews(db).then(() => step('reviews')),
      () => insertCitations(db).then(() => step('citations')),
      () => insertAssignments(db).then(() => step('assignments')),
    ],
    width,
  );
}

const insertReviews = (db: DbClient) =>
  exec(
    db,
    `INSERT INTO "Review" ("id", "claimId", "reviewerId", "verdictLabelId", "rationale", "state", "approverId", "decidedAt", "createdAt", "updatedAt")
     SELECT 'sr' || substr(c."id", 3), c."id", 'su' || (2 + (hashtext(c."id") & 7)),
            COALESCE(c."verdictLabelId", (SELECT l."id" FROM "VerdictLabel" l WHERE l."rating" > 0 ORDER BY l."position" LIMIT 1)),
            'Official statistics for the period give a different figure; see the sources.',
            (CASE c."state" WHEN 'approved' THEN 'approved' WHEN 'sent_back' THEN 'rejected' ELSE 'submitted' END)::"ReviewState",
            CASE WHEN c."state" IN ('approved', 'sent_back') THEN 'su' || (hashtext(c."id") & 1) END,
            CASE WHEN c."state" IN ('approved', 'sent_back') THEN c."createdAt" + interval '2 days' END, c."createdAt", now()
     FROM "Claim" c WHERE c."state" IN ('submitted', 'approved', 'sent_back')`,
  );

const insertCitations = (db: DbClient) =>
  exec(
    db,
    `INSERT INTO "Citation" ("id", "claimId", "sourceUrl", "title", "publisher", "quoteExact", "stance", "archiveStatus", "archivedAt", "archivedHash", "accessedAt", "addedById")
     SELECT 'st' || substr(c."id", 3) || 'x' || j, c."id", 'https://stats.example.gov/table/' || (hashtext(c."id") & 1023) || '/' || j,
            'Official table ' || j, 'Statistics Office', 'the figure for the period', (CASE j WHEN 1 THEN 'refutes' ELSE 'context' END)::"Stance",
            'archived', c."createdAt", md5(c."id"), c."createdAt", 'su2'
     FROM "Claim" c, generate_series(1, 2) AS j WHERE c."state" = 'approved' AND (j = 1 OR hashtext(c."id") & 1 = 0)`,
  );

/** The claim insert chose the assignee ("Claim"."assigneeId"); here its Assignment row. */
const insertAssignments = (db: DbClient) =>
  exec(
    db,
    `INSERT INTO "Assignment" ("id", "claimId", "assigneeId", "assignedById")
     SELECT 'sg' || substr(c."id", 3), c."id", c."assigneeId", 'su0' FROM "Claim" c WHERE c."assigneeId" IS NOT NULL`,
  );
