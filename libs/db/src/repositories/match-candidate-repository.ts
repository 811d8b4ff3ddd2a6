import { Prisma } from '../generated/prisma/client';
import type { DbExecutor } from '../client';
import { queryRows, runsOnPool } from '../connection/hot-sql';

export type ClaimCandidate = { id: string; text: string; sentence: string; groupId: string | null; articleId: string };
export type FactCheckCandidate = { id: string; claimReviewed: string; groupId: string | null };

/** A stem of the query text (or a known stem a misspelt one stands for) and how many stored texts have it. */
export type QueryTerm = { term: string; docs: number; alternatives: Array<{ term: string; docs: number }> };
export type QueryTerms = { total: number; terms: QueryTerm[] };

/**
 * One group of stems that count as one word of the query (a word and the known stems it may be
 * a misspelling of), as tsquery text, with its weight (inverse document frequency).
 */
export type CandidateSlot = { query: string; docs: number; weight: number; lexemes: string[] };
/**
 * `anchors`: the searches (each one index scan, OR-ed); `slots`: what a candidate is scored by;
 * `capped`: the anchors that may find very many texts (a pair of common stems that go together,
 * "rural areas", "interest rates"): searched apart from the others, reading at most ROW_CAP rows;
 * `pairTerms`: for a pair search (`a & (b | c)`), the same search as pair terms ('a~b' | 'a~c'),
 * which claims are searched by ("ClaimMatchTerms"."pairTsv"; fact-checks have none and take the anchor).
 */
export type CandidatePlan = { anchors: string[]; slots: CandidateSlot[]; capped: string[]; pairTerms: Record<string, string> };

/** Below this many stored texts every stem is searched alone: a plain OR of all stems. */
const SMALL_CORPUS = 2_000;
/** At most this many known stems (the rarest) are scored. */
const MAX_SLOTS = 20;
/** Stems no stored text has (new words) are searched too (they cost nothing), at most this many. */
const MAX_UNKNOWN = 6;
/** Very rare stems (names, odd words: at most SINGLE_DOCS texts each, SINGLE_BUDGET in all) are searched alone. */
const SINGLE_DOCS = 50;
const SINGLE_BUDGET = 300;
/**
 * The next stems are searched in pairs (a candidate must have both of a pair; each stem with
 * its commoner partners is one index scan, where GIN skips through the posting lists): stems in
 * at most PAIR_SHARE of the texts, at most PAIR_SLOTS of them, their counts adding up to at most
 * PAIR_BUDGET_SHARE.
 */
const PAIR_SHARE = 0.02;
const PAIR_SLOTS = 8;
const PAIR_BUDGET_SHARE = 0.05;
/**
 * A pair whose stems are each in more than BROAD_DOCS texts may find tens of thousands (stems
 * that go together): it reads at most ROW_CAP of them (in table order), so one common phrase
 * cannot make a search score every row that has it.
 */
const BROAD_DOCS = 5_000;
export const ROW_CAP = 1_000;

const quoteLexeme = (term: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** Misspellings are looked up only when a text has fewer distinctive known stems than this. */
const FUZZY_BELOW = 3;
const MAX_FUZZY = 4;

/**
 * The stems of `text` (PostgreSQL's english configuration) with their document counts from
 * "MatchTerm" (`total`: the planner's row estimate of the two corpora). When the text has few
 * distinctive known stems, its unknown words (letters only: likely misspellings) get up to two
 * known stems close in trigrams, in a second statement; a text with enough distinctive stems
 * finds its candidates without them, and the reranker compares spellings itself.
 */
export async function findQueryTerms(db: DbExecutor, text: string): Promise<QueryTerms> {
  const [terms] = await findQueryTermsMany(db, [text]);
  return terms ?? { total: 0, terms: [] };
}

/**
 * findQueryTerms for many texts at once (an article's claims): one statement for the stems of
 * all texts, and at most one more for the misspelling alternatives of all of them. Stems come
 * in the tsvector's order (sorted), per text in the order of `texts`.
 */
export async function findQueryTermsMany(db: DbExecutor, texts: string[]): Promise<QueryTerms[]> {
  if (!texts.length) return [];
  // The stem is looked up as a range of one (>= and <=): with "=" the planner picks the trigram
  // index (a bitmap scan of every trigram's list, ~15 ms a stem at a million claims) over the key.
  const rows = await queryRows<{ q: bigint | number | string; term: string; docs: number | null; total: number }>(
    db,
    Prisma.sql`
    SELECT t.q, x.term, m."docs", s.total
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS t(body, q)
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('english', t.body))) WITH ORDINALITY AS x(term, n)
    CROSS JOIN (SELECT sum(greatest(c.reltuples, 0))::float8 AS total FROM pg_class c
      WHERE c.oid IN ('"Claim"'::regclass, '"ImportedFactCheck"'::regclass)) s
    LEFT JOIN "MatchTerm" m ON m."term" >= x.term AND m."term" <= x.term
    ORDER BY t.q, x.n`,
  );
  const total = Number(rows[0]?.total ?? 0);
  const out: QueryTerms[] = texts.map(() => ({ total, terms: [] }));
  for (const r of rows) out[Number(r.q) - 1]?.terms.push({ term: r.term, docs: Number(r.docs ?? 0), alternatives: [] });
  // A text with no terms reads as findQueryTerms gives it: nothing, of nothing.
  for (const q of out) if (!q.terms.length) q.total = 0;
  // Misspellings only for texts with too few distinctive known stems (the same rule per text).
  const fuzzy = new Set<string>();
  const wanting = out.map((q) => {
    const distinctive = q.terms.filter((t) => t.docs > 0 && t.docs <= PAIR_SHARE * Math.max(total, SMALL_CORPUS)).length;
    const unknown = q.terms.filter((t) => t.docs === 0 && /^\p{L}{4,24}$/u.test(t.term)).slice(0, MAX_FUZZY);
    if (distinctive >= FUZZY_BELOW) return [];
    for (const t of unknown) fuzzy.add(t.term);
    return unknown;
  });
  if (!fuzzy.size) return out;
  const alternatives = await queryRows<{ term: string; alt: string; docs: number }>(
    db,
    Prisma.sql`
    SELECT q.term, a."term" AS alt, a."docs"
    FROM unnest(${[...fuzzy]}::text[]) AS q(term)
    CROSS JOIN LATERAL (
      SELECT a."term", a."docs" FROM "MatchTerm" a
      WHERE a."term" % q.term AND similarity(a."term", q.term) >= 0.45
      ORDER BY similarity(a."term", q.term) DESC, a."docs" DESC LIMIT 2
    ) a`,
  );
  for (const unknown of wanting)
    for (const term of unknown)
      for (const row of alternatives)
        if (row.term === term.term) term.alternatives.push({ term: row.alt, docs: Number(row.docs) });
  return out;
}

/**
 * Which stored texts to look at, and how to order them. Each query stem (with the known stems
 * it may be a misspelling of) is a slot weighted by its inverse document frequency. Very rare
 * slots are searched alone; the next rarest in pairs (a stored text must have both of a pair),
 * so a paraphrase in another order or inflection is found by two of its distinctive words,
 * while common words ("government", "million") never pull in a hundred thousand rows and one
 * shared ordinary word does not make a candidate.
 * Candidates are ordered by the summed weight of the slots they contain. Pure (unit-tested).
 */
export function planCandidates(terms: QueryTerms): CandidatePlan | null {
  const total = Math.max(terms.total, SMALL_CORPUS);
  const small = terms.total < SMALL_CORPUS;
  const idf = (docs: number) => Math.log(1 + (total - docs + 0.5) / (docs + 0.5));
  const all = terms.terms
    .map((t) => {
      const lexemes = [{ term: t.term, docs: t.docs }, ...t.alternatives];
      const docs = lexemes.reduce((sum, l) => sum + l.docs, 0);
      const query = lexemes.length === 1 ? quoteLexeme(t.term) : `(${lexemes.map((l) => quoteLexeme(l.term)).join(' | ')})`;
      return { query, docs, weight: idf(docs), lexemes: lexemes.map((l) => l.term) };
    })
    .sort((a, b) => a.docs - b.docs || a.query.localeCompare(b.query));
  if (!all.length) return null;
  // A small corpus searches every stem (counts missing for rows stored without ingest cost nothing there).
  if (small) return { anchors: all.map((s) => s.query), slots: all, capped: [], pairTerms: {} };
  const unknown = all.filter((s) => s.docs === 0).slice(0, MAX_UNKNOWN);
  const known = all.filter((s) => s.docs > 0).slice(0, MAX_SLOTS);
  const slots = [...unknown, ...known];
  const singles: CandidateSlot[] = [];
  let budget = SINGLE_BUDGET;
  for (const slot of known) {
    if (slot.docs > SINGLE_DOCS || slot.docs > budget) break;
    singles.push(slot);
    budget -= slot.docs;
  }
  const rest = known.slice(singles.length);
  let paired: CandidateSlot[] = [];
  let pairBudget = PAIR_BUDGET_SHARE * total;
  for (const slot of rest) {
    if (slot.docs > PAIR_SHARE * total || slot.docs > pairBudget || paired.length >= PAIR_SLOTS) break;
    paired.push(slot);
    pairBudget -= slot.docs;
  }
  // Nothing rare enough: the two rarest stems, paired.
  if (!singles.length && paired.length < 2) paired = rest.slice(0, 2);
  // Every pair, one search per stem with its commoner partners after it ("a & (b | c)"):
  // the same rows as a search per pair, with fewer scans of each stem's posting list.
  const pairs: string[] = [];
  const capped: string[] = [];
  const pairTerms: Record<string, string> = {};
  for (const [i, a] of paired.entries()) {
    const partners = paired.slice(i + 1);
    if (!partners.length) continue;
    const either = partners.map((b) => b.query);
    const search = partners.length === 1 ? `${a.query} & ${either[0]}` : `${a.query} & (${either.join(' | ')})`;
    pairs.push(search);
    pairTerms[search] = partners
      .flatMap((b) => b.lexemes.flatMap((y) => a.lexemes.map((x) => quoteLexeme(pairTerm(x, y)))))
      .join(' | ');
    // Sorted by count: a's partners are all commoner than a.
    if (a.docs > BROAD_DOCS) capped.push(search);
  }
  // A lone stem with no partner (one known stem in all) is searched alone.
  const lone = !singles.length && !pairs.length && known[0] ? [known[0].query] : [];
  return {
    anchors: [...unknown.map((s) => s.query), ...singles.map((s) => s.query), ...lone, ...pairs],
    slots,
    capped,
    pairTerms,
  };
}

/** Two stems as the one lexeme of "pairTsv" (claimledger_pair_terms: byte order, as COLLATE "C"). */
export const pairTerm = (x: string, y: string) =>
  Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0 ? `${x}~${y}` : `${y}~${x}`;

/** The summed weight of the plan's slots that a row's tsvector contains (one CASE per slot). */
const scoreSql = (column: Prisma.Sql, plan: CandidatePlan) =>
  Prisma.join(
    plan.slots.map((s) => Prisma.sql`(CASE WHEN ${column} @@ ${s.query}::tsquery THEN ${s.weight}::float8 ELSE 0 END)`),
    ' + ',
  );

/** A table the searches read: its stems, its pair terms (claims only), the columns a found row gives and a filter. */
type SearchTable = { from: Prisma.Sql; stems: Prisma.Sql; pairs?: Prisma.Sql; select: Prisma.Sql; where: Prisma.Sql };

/**
 * Any of the searches: one `@@` per anchor, so each is its own index scan (BitmapOr). The stems
 * searched alone OR-ed into one tsquery made the planner choose a sequential scan (its estimate
 * of a GIN scan grows with the entries), 1 s at 100,000 claims. A pair search reads the table's
 * pair terms where it has them.
 */
const anchorSql = (plan: CandidatePlan, table: SearchTable, anchors: string[]) =>
  Prisma.join(
    anchors.map((a) => {
      const terms = plan.pairTerms[a];
      return table.pairs && terms ? Prisma.sql`${table.pairs} @@ ${terms}::tsquery` : Prisma.sql`${table.stems} @@ ${a}::tsquery`;
    }),
    ' OR ',
  );

/**
 * The rows of a table the plan's searches find: the uncapped anchors in one scan, the capped
 * ones in another of at most ROW_CAP rows, a row found by both kept once (DISTINCT ON its id).
 */
function foundRowsSql(plan: CandidatePlan, table: SearchTable) {
  const open = plan.anchors.filter((a) => !plan.capped.includes(a));
  const scan = (anchors: string[], cap: Prisma.Sql) =>
    anchors.length
      ? [
          Prisma.sql`(SELECT ${table.select} FROM ${table.from} WHERE (${anchorSql(plan, table, anchors)}) AND ${table.where}${cap})`,
        ]
      : [];
  const scans = [...scan(open, Prisma.empty), ...scan(plan.capped, Prisma.sql` LIMIT ${ROW_CAP}`)];
  if (scans.length === 1) return scans[0] ?? Prisma.empty;
  return Prisma.sql`(SELECT DISTINCT ON (u."id") u.* FROM (${Prisma.join(scans, ' UNION ALL ')}) u)`;
}

/**
 * Called as each statement of a batched read returns, for every text it searched, with that
 * text's rows read so far and whether other statements of the read still run (a caller
 * prepares the rows in the meantime).
 */
export type CandidatesRead<T> = (query: number, rows: T[], othersRunning: boolean) => void;

/** Statements of the batched reads hold at most this many texts' searches (bind parameters stay few). */
const BRANCHES_PER_STATEMENT = 50;

/**
 * One search per text as UNION ALL branches of one statement, each numbered by its text (`q`)
 * and its rows by their place in the branch's order (`rk`); rows come back grouped per text.
 * `statements`: the branches split over that many statements sent at once (on the pg pool, so
 * the server works on them in parallel; one statement runs on one core). One statement in a
 * transaction or on PGlite, whose one connection runs one statement at a time.
 */
async function readBranches<T>(
  db: DbExecutor,
  branches: Array<Prisma.Sql | null>,
  statements = 1,
  onRead?: CandidatesRead<T>,
): Promise<T[][]> {
  const out: T[][] = branches.map(() => []);
  const numbered = branches.flatMap((sql, q) => (sql ? [{ sql, q }] : []));
  const parallel = runsOnPool(db) ? Math.max(1, statements) : 1;
  const size = Math.min(BRANCHES_PER_STATEMENT, Math.max(1, Math.ceil(numbered.length / parallel)));
  const chunks: Array<typeof numbered> = [];
  for (let i = 0; i < numbered.length; i += size) chunks.push(numbered.slice(i, i + size));
  const read = async (chunk: typeof numbered) => {
    const union = Prisma.join(
      chunk.map(({ sql, q }) => Prisma.sql`(SELECT ${q}::int AS "q", row_number() OVER () AS "rk", l.* FROM (${sql}) l)`),
      ' UNION ALL ',
    );
    // Not prepared: the statement's text changes with every plan. Serial: no parallel workers.
    return queryRows<T & { q: number; rk: bigint | string }>(db, Prisma.sql`SELECT * FROM (${union}) u ORDER BY u."q", u."rk"`, {
      prepare: false,
      serial: true,
    });
  };
  // Each statement's rows are handed out as they come, while the others may still run.
  let running = chunks.length;
  const readInto = async (chunk: typeof numbered) => {
    const rows = await read(chunk);
    running -= 1;
    for (const { q, rk: _rk, ...row } of rows) out[q]?.push(row as unknown as T);
    if (onRead) for (const { q } of chunk) onRead(q, out[q] ?? [], running > 0);
  };
  await Promise.all(chunks.map(readInto));
  return out;
}

/**
 * The claim-candidate search of one text, in "ClaimMatchTerms" (a claim's stems, pair terms,
 * article and date, apart from "Claim"): the rarest stems of the text (planCandidates) searched
 * through the GIN index on "sentenceTsv", its pairs through the one on "pairTsv" (each pair one
 * short posting list, where `a & b` walks both stems' lists: half the search's time at a million
 * claims), one scan per search (no LIMIT inside, which would tempt the planner into a
 * sequential scan hoping to stop early), the rows found scored by the weights of the stems they
 * share. Only the id, date and tsvector of the rows found go
 * through the scoring and the sort; the texts are read for the best `limit` alone (a slow
 * search finds thousands of rows: copying every row's texts cost a fifth of its tail).
 */
const claimSearchSql = (plan: CandidatePlan, exclude: string, limit: number) => Prisma.sql`
  SELECT c."id", c."text", c."sentence", c."groupId", c."articleId", t."score", t."createdAt"
  FROM (
    SELECT h."id", h."createdAt", ${scoreSql(Prisma.sql`h."sentenceTsv"`, plan)} AS "score"
    FROM ${foundRowsSql(plan, {
      from: Prisma.sql`"ClaimMatchTerms" m`,
      stems: Prisma.sql`m."sentenceTsv"`,
      pairs: Prisma.sql`m."pairTsv"`,
      select: Prisma.sql`m."claimId" AS "id", m."createdAt", m."sentenceTsv"`,
      where: Prisma.sql`m."articleId" <> ${exclude}`,
    })} h
    ORDER BY "score" DESC, h."createdAt" ASC, h."id" ASC
    LIMIT ${limit}
  ) t
  JOIN "Claim" c ON c."id" = t."id"
  ORDER BY t."score" DESC, t."createdAt" ASC, t."id" ASC`;

/** The fact-check search of one text: the same plan over "claimReviewedTsv". */
const factCheckSearchSql = (plan: CandidatePlan, limit: number) => Prisma.sql`
  SELECT h."id", h."claimReviewed", h."groupId"
  FROM ${foundRowsSql(plan, {
    from: Prisma.sql`"ImportedFactCheck" f`,
    stems: Prisma.sql`f."claimReviewedTsv"`,
    select: Prisma.sql`f."id", f."claimReviewed", f."groupId", f."importedAt", f."claimReviewedTsv"`,
    where: Prisma.sql`TRUE`,
  })} h
  ORDER BY ${scoreSql(Prisma.sql`h."claimReviewedTsv"`, plan)} DESC, h."importedAt" ASC, h."id" ASC
  LIMIT ${limit}`;

/**
 * Stored claims that may state the same thing as `text`, best first (claimSearchSql). Misspelt
 * words are searched as the known stems they are closest to in trigrams ("MatchTerm").
 */
export async function findClaimCandidates(
  db: DbExecutor,
  query: { text: string; excludeArticleId?: string; limit: number; plan?: CandidatePlan | null },
): Promise<ClaimCandidate[]> {
  const plan = query.plan !== undefined ? query.plan : planCandidates(await findQueryTerms(db, query.text));
  const [found] = await findClaimCandidatesMany(db, [{ plan, excludeArticleId: query.excludeArticleId }], query.limit);
  return found ?? [];
}

/**
 * findClaimCandidates for many planned texts (an article's claims) in one statement (or
 * `statements` sent at once, see readBranches): a list per query.
 */
export async function findClaimCandidatesMany(
  db: DbExecutor,
  queries: Array<{ plan: CandidatePlan | null; excludeArticleId?: string | undefined }>,
  limit: number,
  statements = 1,
  onRead?: CandidatesRead<ClaimCandidate>,
): Promise<ClaimCandidate[][]> {
  // Fewer texts than statements (one lookup): each text's searches are shared out among them.
  const parts = runsOnPool(db) && queries.length < statements ? statements : 1;
  const branches = queries.flatMap((q, i) =>
    q.plan?.anchors.length
      ? splitPlan(q.plan, parts).map((plan) => ({ i, sql: claimSearchSql(plan, q.excludeArticleId ?? '', limit) }))
      : [],
  );
  const found = await readBranches<ScoredCandidate>(
    db,
    branches.map((b) => b.sql),
    statements,
    onRead && ((k, rows, othersRunning) => onRead(branches[k]?.i ?? -1, rows, othersRunning)),
  );
  const out: ScoredCandidate[][] = queries.map(() => []);
  for (const [k, rows] of found.entries()) out[branches[k]?.i ?? -1]?.push(...rows);
  return out.map((rows) => (parts > 1 ? mergeParts(rows, limit) : rows).map(({ score: _s, createdAt: _c, ...c }) => c));
}

type ScoredCandidate = ClaimCandidate & { score: number; createdAt: Date };

/**
 * The plan's searches shared out among `parts` plans (round robin; the capped ones stay
 * together, so their row cap is the same). Each part scores by all slots, so the best rows of
 * the parts, merged (mergeParts), are the best rows of the whole plan.
 */
export function splitPlan(plan: CandidatePlan, parts: number): CandidatePlan[] {
  if (parts <= 1 || plan.anchors.length < 2) return [plan];
  const open = plan.anchors.filter((a) => !plan.capped.includes(a));
  const split = Array.from({ length: parts }, (_, p) => ({
    anchors: p === 0 ? [...plan.capped] : [],
    slots: plan.slots,
    capped: p === 0 ? plan.capped : [],
    pairTerms: plan.pairTerms,
  }));
  // The capped scan is the heaviest: the open searches start on the other parts.
  const offset = plan.capped.length ? 1 : 0;
  open.forEach((a, k) => split[(k + offset) % parts]?.anchors.push(a));
  return split.filter((p) => p.anchors.length);
}

/** The rows of a text's parts in the whole statement's order (score, then age, then id), each once, the first `limit`. */
function mergeParts(rows: ScoredCandidate[], limit: number): ScoredCandidate[] {
  const seen = new Set<string>();
  return rows
    .sort(
      (a, b) =>
        b.score - a.score ||
        new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)))
    .slice(0, limit);
}

/** Imported fact-checks whose reviewed claim may be the same: the same plan over "claimReviewedTsv". */
export async function findFactCheckCandidates(
  db: DbExecutor,
  query: { text: string; limit: number; plan?: CandidatePlan | null },
): Promise<FactCheckCandidate[]> {
  const plan = query.plan !== undefined ? query.plan : planCandidates(await findQueryTerms(db, query.text));
  const [found] = await findFactCheckCandidatesMany(db, [plan], query.limit);
  return found ?? [];
}

/** findFactCheckCandidates for many plans in one statement: a list per plan. */
export async function findFactCheckCandidatesMany(
  db: DbExecutor,
  plans: Array<CandidatePlan | null>,
  limit: number,
  onRead?: CandidatesRead<FactCheckCandidate>,
): Promise<FactCheckCandidate[][]> {
  return readBranches<FactCheckCandidate>(
    db,
    plans.map((plan) => (plan?.anchors.length ? factCheckSearchSql(plan, limit) : null)),
    1,
    onRead,
  );
}

/**
 * Counts the stems of these claims of an article, where not yet placed in a tracked claim, into "MatchTerm"
 * (one statement, stems in order, so concurrent ingests never deadlock on them).
 */
export async function noteClaimTerms(db: DbExecutor, articleId: string, claimIds: string[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "MatchTerm" ("term", "docs")
    SELECT t.term, count(*)::int FROM "Claim" c, unnest(tsvector_to_array(c."sentenceTsv")) AS t(term)
    WHERE c."articleId" = ${articleId} AND c."id" = ANY(${claimIds}::text[]) AND c."groupId" IS NULL
    GROUP BY t.term ORDER BY t.term
    ON CONFLICT ("term") DO UPDATE SET "docs" = "MatchTerm"."docs" + EXCLUDED."docs"`;
}

/** Counts the stems of a newly imported fact-check into "MatchTerm". */
export async function noteFactCheckTerms(db: DbExecutor, factCheckId: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "MatchTerm" ("term", "docs")
    SELECT t.term, 1 FROM "ImportedFactCheck" f, unnest(tsvector_to_array(f."claimReviewedTsv")) AS t(term)
    WHERE f."id" = ${factCheckId}
    ORDER BY t.term
    ON CONFLICT ("term") DO UPDATE SET "docs" = "MatchTerm"."docs" + 1`;
}

/** Recounts "MatchTerm" from every stored claim and fact-check (after bulk loads; slow at a million rows). */
export async function refreshMatchTerms(db: DbExecutor): Promise<void> {
  await db.$executeRawUnsafe(`
    WITH counted AS (
      SELECT word AS term, sum(ndoc)::int AS docs FROM (
        SELECT word, ndoc FROM ts_stat('SELECT "sentenceTsv" FROM "Claim"')
        UNION ALL
        SELECT word, ndoc FROM ts_stat('SELECT "claimReviewedTsv" FROM "ImportedFactCheck"')
      ) t GROUP BY word
    ), gone AS (
      DELETE FROM "MatchTerm" m WHERE NOT EXISTS (SELECT 1 FROM counted c WHERE c.term = m."term")
    )
    INSERT INTO "MatchTerm" ("term", "docs") SELECT term, docs FROM counted ORDER BY term
    ON CONFLICT ("term") DO UPDATE SET "docs" = EXCLUDED."docs"`);
}
