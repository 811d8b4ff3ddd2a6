import type { DbExecutor } from '../client';

export type ClaimCandidate = { id: string; text: string; sentence: string; groupId: string | null; articleId: string };
export type FactCheckCandidate = { id: string; claimReviewed: string; groupId: string | null };

const STOPWORDS = new Set(
  'a an the of to in on at for by with and or but is are was were be been has have had it its this that these those as from than then there their they he she his her we our you your i not no said says say'.split(
    ' ',
  ),
);

/**
 * The key terms of a text as a websearch OR-query ("jobs or factory or closed"): any shared
 * term makes a full-text candidate, ts_rank orders them.
 */
export function keyTermsQuery(text: string, max = 16): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    seen.add(word);
    if (seen.size >= max) break;
  }
  return [...seen].join(' or ');
}

/**
 * Stored claims that may state the same thing: full-text (websearch OR-query of the key terms,
 * ts_rank) and trigram similarity (`%`, similarity()) over the sentence, through the
 * "Claim_sentence_fts_idx" and "Claim_sentence_trgm_idx" indexes. The two lists are merged,
 * full-text first.
 */
export async function findClaimCandidates(
  db: DbExecutor,
  query: { text: string; excludeArticleId?: string; limit: number },
): Promise<ClaimCandidate[]> {
  const terms = keyTermsQuery(query.text);
  const exclude = query.excludeArticleId ?? '';
  const byText = terms
    ? await db.$queryRaw<ClaimCandidate[]>`
        SELECT "id", "text", "sentence", "groupId", "articleId"
        FROM "Claim"
        WHERE to_tsvector('english', "sentence") @@ websearch_to_tsquery('english', ${terms})
          AND "articleId" <> ${exclude}
        ORDER BY ts_rank(to_tsvector('english', "sentence"), websearch_to_tsquery('english', ${terms})) DESC, "createdAt" ASC
        LIMIT ${query.limit}`
    : [];
  const bySimilarity = await db.$queryRaw<ClaimCandidate[]>`
    SELECT "id", "text", "sentence", "groupId", "articleId"
    FROM "Claim"
    WHERE "sentence" % ${query.text} AND "articleId" <> ${exclude}
    ORDER BY similarity("sentence", ${query.text}) DESC, "createdAt" ASC
    LIMIT ${query.limit}`;
  const merged = new Map<string, ClaimCandidate>();
  for (const row of [...byText, ...bySimilarity]) if (!merged.has(row.id)) merged.set(row.id, row);
  return [...merged.values()];
}

/** Imported fact-checks whose reviewed claim may be the same: the same two expressions over "claimReviewed". */
export async function findFactCheckCandidates(
  db: DbExecutor,
  query: { text: string; limit: number },
): Promise<FactCheckCandidate[]> {
  const terms = keyTermsQuery(query.text);
  const byText = terms
    ? await db.$queryRaw<FactCheckCandidate[]>`
        SELECT "id", "claimReviewed", "groupId"
        FROM "ImportedFactCheck"
        WHERE to_tsvector('english', "claimReviewed") @@ websearch_to_tsquery('english', ${terms})
        ORDER BY ts_rank(to_tsvector('english', "claimReviewed"), websearch_to_tsquery('english', ${terms})) DESC
        LIMIT ${query.limit}`
    : [];
  const bySimilarity = await db.$queryRaw<FactCheckCandidate[]>`
    SELECT "id", "claimReviewed", "groupId"
    FROM "ImportedFactCheck"
    WHERE "claimReviewed" % ${query.text}
    ORDER BY similarity("claimReviewed", ${query.text}) DESC
    LIMIT ${query.limit}`;
  const merged = new Map<string, FactCheckCandidate>();
  for (const row of [...byText, ...bySimilarity]) if (!merged.has(row.id)) merged.set(row.id, row);
  return [...merged.values()];
}
