import type { DbExecutor } from '../client';
import { Prisma } from '../generated/prisma/client';
import { decodeCursor, encodeCursor } from './claim-cursor';
import { claimFilterSql, type ClaimFilter } from './claim-filter-sql';

/**
 * Each way of matching (sentence words, speaker, outlet) contributes at most this many
 * candidates, which are then ranked; a search matching more says so ("200+").
 */
export const SEARCH_CANDIDATES = 200;

export type ClaimSearchPage = {
  ids: string[];
  total: number;
  totalIsCapped: boolean;
  nextCursor: string | null;
};

const likePattern = (q: string) => `%${q.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;

/**
 * Ranked search over claims: words and "quoted phrases" in the sentence (full text, English
 * stemming, GIN index on the claim's stems in "ClaimMatchTerms"), the speaker (substring, trigram index) and
 * the outlet's name. When the words are all stop words or symbols, the sentence is matched as a
 * substring instead (no index: the first matches found, so a rare substring scans the table).
 * Score: ts_rank_cd of the sentence, +1 for a speaker match, +0.5 for an outlet match; ties go to
 * the more check-worthy claim, then the id.
 */
export async function searchClaimIds(
  db: DbExecutor,
  q: string,
  filter: ClaimFilter,
  actorId: string | null,
  limit: number,
  cursor?: string,
): Promise<ClaimSearchPage> {
  const where = claimFilterSql(filter, actorId);
  const after = cursor ? decodeCursor(cursor) : null;
  const afterSql = after
    ? Prisma.sql`AND (s.score < ${after.score ?? 0}
        OR (s.score = ${after.score ?? 0} AND s."checkworthiness" < ${after.checkworthiness})
        OR (s.score = ${after.score ?? 0} AND s."checkworthiness" = ${after.checkworthiness} AND s."id" > ${after.id}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<Array<{ id: string; score: number; checkworthiness: number; total: bigint; capped: boolean }>>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq, ${likePattern(q)}::text AS pat),
    outlet AS (
      SELECT a."id" FROM "Article" a JOIN "Publisher" p ON p."id" = a."publisherId", q WHERE p."name" ILIKE q.pat
    ),
    words AS (
      SELECT c."id" FROM "ClaimMatchTerms" m JOIN "Claim" c ON c."id" = m."claimId", q
      WHERE numnode(q.tsq) > 0 AND m."sentenceTsv" @@ q.tsq AND ${where}
      LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    substring AS (
      SELECT c."id" FROM "Claim" c, q
      WHERE numnode(q.tsq) = 0 AND c."sentence" ILIKE q.pat AND ${where}
      LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    speaker AS (
      SELECT c."id" FROM "Claim" c, q WHERE c."speaker" ILIKE q.pat AND ${where} LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    outlet_claims AS (
      SELECT c."id" FROM "Claim" c WHERE c."articleId" IN (SELECT "id" FROM outlet) AND ${where}
      LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    hits AS (
      SELECT "id" FROM words UNION SELECT "id" FROM substring UNION SELECT "id" FROM speaker
      UNION SELECT "id" FROM outlet_claims
    ),
    capped AS (
      SELECT (SELECT count(*) FROM words) > ${SEARCH_CANDIDATES} OR (SELECT count(*) FROM substring) > ${SEARCH_CANDIDATES}
          OR (SELECT count(*) FROM speaker) > ${SEARCH_CANDIDATES} OR (SELECT count(*) FROM outlet_claims) > ${SEARCH_CANDIDATES}
          AS capped
    ),
    s AS (
      SELECT c."id", c."checkworthiness",
        (ts_rank_cd(c."sentenceTsv", q.tsq)
          + CASE WHEN c."speaker" ILIKE q.pat THEN 1 ELSE 0 END
          + CASE WHEN c."articleId" IN (SELECT "id" FROM outlet) THEN 0.5 ELSE 0 END)::float8 AS score
      FROM hits JOIN "Claim" c ON c."id" = hits."id", q
    )
    SELECT s."id", s.score, s."checkworthiness", (SELECT count(*) FROM hits) AS total, capped.capped
    FROM s, capped
    WHERE TRUE ${afterSql}
    ORDER BY s.score DESC, s."checkworthiness" DESC, s."id" ASC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const first = rows[0];
  return {
    ids: page.map((r) => r.id),
    total: first ? Number(first.total) : 0,
    totalIsCapped: first?.capped ?? false,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ score: last.score, checkworthiness: last.checkworthiness, id: last.id })
        : null,
  };
}
