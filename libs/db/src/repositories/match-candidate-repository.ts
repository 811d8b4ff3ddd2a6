import { Prisma } from '../generated/prisma/client';
import type { DbExecutor } from '../client';
import { queryRows, runsOnPool } from '../connection/hot-sql';
import { claimSearchText, factCheckSearchText, searchRow, searchStatement, type SearchRow } from './match-search-sql';

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
    .sort((a, b) => a.docs - b.docs || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
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
export const pairTerm = (x: string, y: string) => (bytesBefore(x, y) ? `${x}~${y}` : `${y}~${x}`);

/** Whether `x` sorts before `y` in UTF-8 byte order (plain ASCII compares as it stands: most stems, and 20× faster). */
const ASCII = /^[\x00-\x7f]*$/;
const bytesBefore = (x: string, y: string) =>
  ASCII.test(x) && ASCII.test(y) ? x < y : Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0;

/**
 * Called as each statement of a batched read returns, for every text it searched, with that
 * text's rows read so far and whether other statements of the read still run (a caller
 * prepares the rows in the meantime); `complete`: every statement of that text has returned,
 * and `rows` is its list as the read will return it (a caller may rank it at once).
 */
export type CandidatesRead<T> = (query: number, rows: T[], othersRunning: boolean, complete: boolean) => void;

/**
 * Each text's searches (a row of the statement's input, searchRow) read by one statement of
 * fixed text (match-search-sql.ts); rows come back grouped per text, best first.
 * `statements`: the texts split over that many statements sent at once (on the pg pool, so the
 * server works on them in parallel; one statement runs on one core). One statement in a
 * transaction or on PGlite, whose one connection runs one statement at a time.
 */
async function readSearches<T>(
  db: DbExecutor,
  text: (limit: number) => string,
  rows: Array<SearchRow | null>,
  limit: number,
  statements = 1,
  onRead?: (search: number, rows: T[], othersRunning: boolean) => void,
): Promise<T[][]> {
  const out: T[][] = rows.map(() => []);
  const numbered = rows.flatMap((row) => (row ? [row] : []));
  const parallel = runsOnPool(db) ? Math.max(1, statements) : 1;
  const size = Math.max(1, Math.ceil(numbered.length / parallel));
  const chunks: SearchRow[][] = [];
  for (let i = 0; i < numbered.length; i += size) chunks.push(numbered.slice(i, i + size));
  // Each statement's rows are handed out as they come, while the others may still run.
  let running = chunks.length;
  const readInto = async (chunk: SearchRow[]) => {
    // Serial: no parallel workers (see queryRows).
    const found = await queryRows<T & { q: number }>(db, searchStatement(text(limit), chunk), { serial: true });
    running -= 1;
    for (const { q, ...row } of found) out[q]?.push(row as unknown as T);
    if (onRead) for (const { n } of chunk) onRead(n, out[n] ?? [], running > 0);
  };
  await Promise.all(chunks.map(readInto));
  return out;
}

/** A statement's texts by limit, each written once (a few: each caller reads a fixed number). */
const textOf = (of: typeof claimSearchText) => {
  const byLimit = new Map<number, string>();
  return (limit: number) => {
    let text = byLimit.get(limit);
    if (text === undefined) byLimit.set(limit, (text = of(ROW_CAP, limit)));
    return text;
  };
};
const CLAIM_SEARCH = textOf(claimSearchText);
const FACT_CHECK_SEARCH = textOf(factCheckSearchText);

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
  const searches = queries.flatMap((q, i) =>
    q.plan?.anchors.length ? splitPlan(q.plan, parts).map((plan) => ({ i, plan, ex: q.excludeArticleId ?? '' })) : [],
  );
  const read: ScoredCandidate[][] = queries.map(() => []);
  const out: ClaimCandidate[][] = queries.map(() => []);
  const waiting = queries.map((_q, i) => searches.filter((x) => x.i === i).length);
  // A text's list once all its searches are in: its parts merged, without the ordering columns.
  const arrived = (k: number, rows: ScoredCandidate[], othersRunning: boolean) => {
    const i = searches[k]?.i ?? -1;
    const sofar = read[i];
    if (!sofar) return;
    sofar.push(...rows);
    waiting[i] = (waiting[i] ?? 1) - 1;
    const complete = waiting[i] === 0;
    if (complete) out[i] = (parts > 1 ? mergeParts(sofar, limit) : sofar).map(({ score: _s, createdAt: _c, ...c }) => c);
    onRead?.(i, complete ? (out[i] ?? []) : sofar, othersRunning, complete);
  };
  await readSearches<ScoredCandidate>(
    db,
    CLAIM_SEARCH,
    searches.map((x, k) => searchRow(x.plan, k, x.ex, true)),
    limit,
    statements,
    arrived,
  );
  return out;
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
  return readSearches<FactCheckCandidate>(
    db,
    FACT_CHECK_SEARCH,
    plans.map((plan, n) => (plan?.anchors.length ? searchRow(plan, n, '', false) : null)),
    limit,
    1,
    onRead && ((n, rows, othersRunning) => onRead(n, rows, othersRunning, true)),
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
