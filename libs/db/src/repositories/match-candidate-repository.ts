import { Prisma } from '../generated/prisma/client';
import type { DbExecutor } from '../client';

export type ClaimCandidate = { id: string; text: string; sentence: string; groupId: string | null; articleId: string };
export type FactCheckCandidate = { id: string; claimReviewed: string; groupId: string | null };

/** A stem of the query text (or a known stem a misspelt one stands for) and how many stored texts have it. */
export type QueryTerm = { term: string; docs: number; alternatives: Array<{ term: string; docs: number }> };
export type QueryTerms = { total: number; terms: QueryTerm[] };

/**
 * One group of stems that count as one word of the query (a word and the known stems it may be
 * a misspelling of), as tsquery text, with its weight (inverse document frequency).
 */
export type CandidateSlot = { query: string; docs: number; weight: number };
export type CandidatePlan = { anchor: string; slots: CandidateSlot[] };

/** Below this many stored texts every stem counts as rare: the search is a plain OR of all stems. */
const SMALL_CORPUS = 2_000;
/** Stems in more than this share of the texts are left out of the search (kept when too few remain). */
const COMMON_SHARE = 0.1;
/** At most this many stems (the rarest) are searched and scored. */
const MAX_SLOTS = 10;
/** Stems among this many rarest are paired: a candidate must have both of a pair unless it has a rare stem. */
const PAIR_SLOTS = 6;
/** Rows matched by the search are capped before scoring (a bound on the worst case, not the usual one). */
const MAX_MATCHED = 2_000;

const quoteLexeme = (term: string) => `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * The stems of `text` (PostgreSQL's english configuration) with their document counts from
 * "MatchTerm", and for each stem no stored text has (a misspelling or a new word) up to two
 * known stems close in trigrams. `total` is the planner's row estimate of the two corpora.
 */
export async function findQueryTerms(db: DbExecutor, text: string): Promise<QueryTerms> {
  const rows = await db.$queryRaw<
    Array<{ term: string; docs: number | null; alt: string | null; altDocs: number | null; total: number }>
  >`
    WITH q AS (SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS term)
    SELECT q.term, m."docs", alt."term" AS alt, alt."docs" AS "altDocs",
      (SELECT sum(greatest(c.reltuples, 0))::float8 FROM pg_class c
        WHERE c.oid IN ('"Claim"'::regclass, '"ImportedFactCheck"'::regclass)) AS total
    FROM q
    LEFT JOIN "MatchTerm" m ON m."term" = q.term
    LEFT JOIN LATERAL (
      SELECT a."term", a."docs" FROM "MatchTerm" a
      WHERE m."term" IS NULL AND length(q.term) >= 4 AND a."term" % q.term AND similarity(a."term", q.term) >= 0.45
      ORDER BY similarity(a."term", q.term) DESC, a."docs" DESC LIMIT 2
    ) alt ON TRUE`;
  const byTerm = new Map<string, QueryTerm>();
  let total = 0;
  for (const row of rows) {
    total = Number(row.total);
    const term = byTerm.get(row.term) ?? { term: row.term, docs: Number(row.docs ?? 0), alternatives: [] };
    if (row.alt) term.alternatives.push({ term: row.alt, docs: Number(row.altDocs ?? 0) });
    byTerm.set(row.term, term);
  }
  return { total, terms: [...byTerm.values()] };
}

/**
 * Which stored texts to look at, and how to order them. Each query stem (with the known stems
 * it may be a misspelling of) is a slot weighted by its inverse document frequency. The search
 * (`anchor`) asks for any rare slot, or for both slots of any pair among the rarest others, so
 * a paraphrase in another order or inflection is found by its distinctive words while common
 * words ("government", "million") alone never pull in a hundred thousand rows. Candidates are
 * ordered by the summed weight of the slots they contain. Pure: unit-tested without a database.
 */
export function planCandidates(terms: QueryTerms): CandidatePlan | null {
  const total = Math.max(terms.total, SMALL_CORPUS);
  const small = terms.total < SMALL_CORPUS;
  const idf = (docs: number) => Math.log(1 + (total - docs + 0.5) / (docs + 0.5));
  let slots = terms.terms
    .map((t) => {
      const lexemes = [{ term: t.term, docs: t.docs }, ...t.alternatives];
      const docs = lexemes.reduce((sum, l) => sum + l.docs, 0);
      const query = lexemes.length === 1 ? quoteLexeme(t.term) : `(${lexemes.map((l) => quoteLexeme(l.term)).join(' | ')})`;
      return { query, docs, weight: idf(docs) };
    })
    .sort((a, b) => a.docs - b.docs || a.query.localeCompare(b.query));
  if (!slots.length) return null;
  const useful = slots.filter((s) => small || s.docs <= COMMON_SHARE * total);
  slots = (useful.length >= 2 ? useful : slots.slice(0, 2)).slice(0, MAX_SLOTS);
  const singleMax = small ? Number.POSITIVE_INFINITY : Math.max(100, total / 2_000);
  const singles = slots.filter((s) => s.docs <= singleMax || slots.length === 1);
  const rest = slots.filter((s) => !singles.includes(s)).slice(0, PAIR_SLOTS);
  const pairs: string[] = [];
  for (let i = 0; i < rest.length; i++)
    for (let j = i + 1; j < rest.length; j++) pairs.push(`(${rest[i]?.query} & ${rest[j]?.query})`);
  // A lone common stem left over (one rare stem, one common one): it is scored, not searched.
  const anchor = [...singles.map((s) => s.query), ...pairs].join(' | ');
  return { anchor, slots };
}

/** The summed weight of the plan's slots that a row's tsvector contains. */
const scoreSql = (column: Prisma.Sql, plan: CandidatePlan) =>
  Prisma.sql`(SELECT coalesce(sum(s.w), 0) FROM unnest(${plan.slots.map((s) => s.query)}::tsquery[], ${plan.slots.map((s) => s.weight)}::float8[]) AS s(q, w) WHERE ${column} @@ s.q)`;

/**
 * Stored claims that may state the same thing as `text`, best first: the rarest stems of the
 * text (planCandidates) searched through the GIN index on the stored "sentenceTsv", at most
 * MAX_MATCHED rows scored by the weights of the stems they share. Misspelt words are searched
 * as the known stems they are closest to in trigrams ("MatchTerm").
 */
export async function findClaimCandidates(
  db: DbExecutor,
  query: { text: string; excludeArticleId?: string; limit: number; plan?: CandidatePlan | null },
): Promise<ClaimCandidate[]> {
  const plan = query.plan !== undefined ? query.plan : planCandidates(await findQueryTerms(db, query.text));
  if (!plan?.anchor) return [];
  const exclude = query.excludeArticleId ?? '';
  return db.$queryRaw<ClaimCandidate[]>`
    SELECT h."id", h."text", h."sentence", h."groupId", h."articleId"
    FROM (
      SELECT c."id", c."text", c."sentence", c."groupId", c."articleId", c."createdAt", c."sentenceTsv"
      FROM "Claim" c
      WHERE c."sentenceTsv" @@ ${plan.anchor}::tsquery AND c."articleId" <> ${exclude}
      LIMIT ${MAX_MATCHED}
    ) h
    ORDER BY ${scoreSql(Prisma.sql`h."sentenceTsv"`, plan)} DESC, h."createdAt" ASC, h."id" ASC
    LIMIT ${query.limit}`;
}

/** Imported fact-checks whose reviewed claim may be the same: the same plan over "claimReviewedTsv". */
export async function findFactCheckCandidates(
  db: DbExecutor,
  query: { text: string; limit: number; plan?: CandidatePlan | null },
): Promise<FactCheckCandidate[]> {
  const plan = query.plan !== undefined ? query.plan : planCandidates(await findQueryTerms(db, query.text));
  if (!plan?.anchor) return [];
  return db.$queryRaw<FactCheckCandidate[]>`
    SELECT h."id", h."claimReviewed", h."groupId"
    FROM (
      SELECT f."id", f."claimReviewed", f."groupId", f."importedAt", f."claimReviewedTsv"
      FROM "ImportedFactCheck" f
      WHERE f."claimReviewedTsv" @@ ${plan.anchor}::tsquery
      LIMIT ${MAX_MATCHED}
    ) h
    ORDER BY ${scoreSql(Prisma.sql`h."claimReviewedTsv"`, plan)} DESC, h."importedAt" ASC, h."id" ASC
    LIMIT ${query.limit}`;
}

/**
 * Counts the stems of an article's claims not yet placed in a tracked claim into "MatchTerm"
 * (one statement, stems in order, so concurrent ingests never deadlock on them).
 */
export async function noteClaimTerms(db: DbExecutor, articleId: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "MatchTerm" ("term", "docs")
    SELECT t.term, count(*)::int FROM "Claim" c, unnest(tsvector_to_array(c."sentenceTsv")) AS t(term)
    WHERE c."articleId" = ${articleId} AND c."groupId" IS NULL
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
