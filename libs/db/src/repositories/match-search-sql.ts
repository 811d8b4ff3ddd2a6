import { Prisma } from '../generated/prisma/client';

/**
 * The candidate searches as statements of fixed text: each text's searches (a plan, see
 * planCandidates) go in as one row of a JSON parameter, and the statement reads them with
 * `jsonb_to_recordset`. A prepared statement of fixed text is planned once per connection
 * (the server then keeps its generic plan), where a statement written out per plan was planned
 * afresh on every call: its searches inline, one UNION ALL branch per text, took 3-15 ms to plan
 * for an article's texts, as long as running it. The tsquery values stay hidden from the
 * planner, so it never trades the GIN scans for a sequential scan on a long query.
 */

/**
 * A plan's searches as tsquery text (null: none): the open ones and the capped ones, by stems
 * and by pair terms; in a table without pair terms, each open pair search apart (`p1`…).
 */
export type SearchRow = {
  n: number;
  ex: string;
  stems: string | null;
  pairs: string | null;
  cstems: string | null;
  cpairs: string | null;
} & Record<`p${number}` | `s${number}` | `w${number}`, string | number>;

/**
 * Pair searches over stems (`a & (b | c)`) each get a column: one GIN scan each, where GIN skips
 * through the lists of a stem every row must have; OR-ed into one tsquery it walks the whole of
 * every list (a worse p95, measured before pair terms). planCandidates makes at most 7.
 */
export const PAIR_SEARCHES = 7;

/** At most this many slots (stems) score a candidate: one column each in the statement. */
export const SCORED_SLOTS = 26;

/** Searches joined into one tsquery (one GIN scan finds the rows of any of them). */
const anyOf = (queries: string[]) => (queries.length ? queries.map((q) => `(${q})`).join(' | ') : null);

/**
 * One text's plan as a row of the statement's input: `n` its place, `ex` the article whose rows
 * are skipped; a pair search reads the pair terms when the table has them (`withPairs`) and the
 * plan gives them, the stems otherwise.
 */
export function searchRow(
  plan: {
    anchors: string[];
    capped: string[];
    slots: Array<{ query: string; weight: number }>;
    pairTerms: Record<string, string>;
  },
  n: number,
  ex: string,
  withPairs: boolean,
): SearchRow {
  const open = plan.anchors.filter((a) => !plan.capped.includes(a));
  const isPair = (a: string) => plan.pairTerms[a] !== undefined;
  const termsOf = (anchors: string[]) => (withPairs ? anyOf(anchors.filter(isPair).map((a) => plan.pairTerms[a] ?? '')) : null);
  const byStems = (anchors: string[]) => (withPairs ? anchors.filter((a) => !isPair(a)) : anchors);
  const pairs = withPairs ? [] : open.filter(isPair);
  const row: Record<string, string | number | null> = {
    n,
    ex,
    stems: anyOf(byStems(open).filter((a) => !pairs.includes(a))),
    pairs: termsOf(open),
    cstems: anyOf(byStems(plan.capped)),
    cpairs: termsOf(plan.capped),
  };
  // Without pair terms each pair search has its own column (the last takes any more).
  for (let i = 0; i < Math.min(pairs.length, PAIR_SEARCHES); i++)
    row[`p${i + 1}`] = i < PAIR_SEARCHES - 1 ? (pairs[i] ?? '') : (anyOf(pairs.slice(i)) ?? '');
  plan.slots.slice(0, SCORED_SLOTS).forEach((slot, i) => {
    row[`s${i + 1}`] = slot.query;
    row[`w${i + 1}`] = slot.weight;
  });
  return row as SearchRow;
}

/** Whether a row has capped searches (read by the statement's second part, which sorts out rows both scans find). */
export const hasCapped = (row: SearchRow) => row.cstems !== null || row.cpairs !== null;

const slots = Array.from({ length: SCORED_SLOTS }, (_, i) => i + 1);
const pairColumns = Array.from({ length: PAIR_SEARCHES }, (_, i) => i + 1);
const columns = [
  `"n" int, "ex" text, "stems" tsquery, "pairs" tsquery, "cstems" tsquery, "cpairs" tsquery`,
  ...pairColumns.map((i) => `"p${i}" tsquery`),
  ...slots.map((i) => `"s${i}" tsquery, "w${i}" float8`),
].join(', ');
/** The summed weight of the slots a row's stems contain (a slot not given is null and adds nothing). */
const score = (tsv: string) => slots.map((i) => `(CASE WHEN ${tsv} @@ q."s${i}" THEN q."w${i}" ELSE 0 END)`).join(' + ');

/**
 * A table's searches over the rows of `param`: `open` finds rows by the open searches; with
 * `capped`, also by the capped ones, reading at most `cap` of those (in table order), a row
 * found by both kept once (DISTINCT ON its id). Each text's rows scored and cut to `limit`.
 */
function searchPart(
  param: string,
  table: { from: string; select: string; open: string; capped: string; where: string; keep: string; order: string; tsv: string },
  limit: number,
  cap: number | null,
) {
  const scan = (cond: string) => `SELECT ${table.select} FROM ${table.from} WHERE (${cond}) AND ${table.where}`;
  const found =
    cap === null
      ? `(${scan(table.open)})`
      : `(SELECT DISTINCT ON (u."id") u.* FROM ((${scan(table.open)}) UNION ALL (${scan(table.capped)} LIMIT ${cap})) u)`;
  return `SELECT q."n", t.* FROM jsonb_to_recordset(${param}::jsonb) AS q(${columns})
    CROSS JOIN LATERAL (
      SELECT ${table.keep}, ${score(`h."${table.tsv}"`)} AS "score" FROM ${found} h
      ORDER BY "score" DESC, ${table.order}, h."id" ASC LIMIT ${limit}
    ) t`;
}

/**
 * Stored claims for each row: the searches in "ClaimMatchTerms" (stems, pair terms, article and
 * date, apart from "Claim"), the texts read for the best `limit` of each alone. $1: rows without
 * capped searches, $2: rows with them. Rows come back by `n`, best first. The limit is written
 * in: as a parameter the generic plan's estimate was a little above the custom plans', and the
 * server never switched to it.
 */
export function claimSearchText(cap: number, limit: number): string {
  const table = {
    from: `"ClaimMatchTerms" m`,
    select: `m."claimId" AS "id", m."createdAt", m."sentenceTsv"`,
    open: `m."sentenceTsv" @@ q."stems" OR m."pairTsv" @@ q."pairs"`,
    capped: `m."sentenceTsv" @@ q."cstems" OR m."pairTsv" @@ q."cpairs"`,
    where: `m."articleId" <> q."ex"`,
    keep: `h."id", h."createdAt"`,
    order: `h."createdAt" ASC`,
    tsv: 'sentenceTsv',
  };
  return `SELECT f."n" AS "q", c."id", c."text", c."sentence", c."groupId", c."articleId", f."score", f."createdAt"
    FROM (${searchPart('$1', table, limit, null)} UNION ALL ${searchPart('$2', table, limit, cap)}) f
    JOIN "Claim" c ON c."id" = f."id"
    ORDER BY f."n", f."score" DESC, f."createdAt" ASC, f."id" ASC`;
}

/** Imported fact-checks for each row: the same searches over "claimReviewedTsv" (no pair terms). $1, $2 as claimSearchText. */
export function factCheckSearchText(cap: number, limit: number): string {
  const table = {
    from: `"ImportedFactCheck" k`,
    select: `k."id", k."claimReviewed", k."groupId", k."importedAt", k."claimReviewedTsv"`,
    open: [`k."claimReviewedTsv" @@ q."stems"`, ...pairColumns.map((i) => `k."claimReviewedTsv" @@ q."p${i}"`)].join(' OR '),
    capped: `k."claimReviewedTsv" @@ q."cstems"`,
    where: 'TRUE',
    keep: `h."id", h."claimReviewed", h."groupId", h."importedAt"`,
    order: `h."importedAt" ASC`,
    tsv: 'claimReviewedTsv',
  };
  return `SELECT f."n" AS "q", f."id", f."claimReviewed", f."groupId"
    FROM (${searchPart('$1', table, limit, null)} UNION ALL ${searchPart('$2', table, limit, cap)}) f
    ORDER BY f."n", f."score" DESC, f."importedAt" ASC, f."id" ASC`;
}

/** A search statement with its two parameters (Prisma.sql, so PGlite runs it through Prisma's raw query). */
export function searchStatement(text: string, rows: SearchRow[]): Prisma.Sql {
  const params = [JSON.stringify(rows.filter((r) => !hasCapped(r))), JSON.stringify(rows.filter(hasCapped))];
  // Split at each $n: the texts between, and the parameter each stands for.
  const parts = text.split(/\$(\d)/);
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map((k) => params[Number(k) - 1] ?? null);
  return Prisma.sql(strings, ...values);
}
