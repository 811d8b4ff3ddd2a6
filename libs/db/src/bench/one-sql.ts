import pg from 'pg';
import type { Database } from '../connection/prisma-clients';

/**
 * The practical limit for the claim-status read: one hand-written statement returning the
 * same fields as the REST endpoint as one JSON value, on a plain pg pool (PGlite: through the
 * open client). bench:api and bench:scale serve it from a bare node:http server.
 */
export const CLAIM_STATUS_SQL = `
SELECT json_build_object(
  'id', c."id", 'text', c."text", 'sentence', c."sentence", 'speaker', c."speaker",
  'value', c."value", 'low', c."low", 'high', c."high", 'bound', c."bound", 'unit', c."unit",
  'timeStart', c."timeStart"::date, 'timeEnd', c."timeEnd"::date, 'state', c."state",
  'published', c."state" = 'approved',
  'verdict', CASE WHEN c."state" = 'approved' AND l."id" IS NOT NULL
    THEN json_build_object('name', l."name", 'slug', l."slug", 'rating', l."rating") END,
  'rationale', CASE WHEN c."state" = 'approved' THEN r."rationale" END,
  'publishedAt', CASE WHEN c."state" = 'approved' THEN r."decidedAt" END,
  'citations', CASE WHEN c."state" = 'approved' THEN COALESCE((
    SELECT json_agg(json_build_object('sourceUrl', ci."sourceUrl", 'title', ci."title", 'stance', ci."stance",
      'quote', ci."quoteExact", 'archivedAt', ci."archivedAt") ORDER BY ci."createdAt")
    FROM "Citation" ci WHERE ci."claimId" = c."id"), '[]'::json) ELSE '[]'::json END,
  'claimReviewUrl', CASE WHEN c."state" = 'approved' THEN 'http://localhost:3000/published/claims/' || c."id" END,
  'article', json_build_object('id', a."id", 'title', a."title", 'url', a."url")
)::text AS body
FROM "Claim" c
JOIN "Article" a ON a."id" = c."articleId"
LEFT JOIN "VerdictLabel" l ON l."id" = c."verdictLabelId"
LEFT JOIN LATERAL (
  SELECT rv."rationale", rv."decidedAt" FROM "Review" rv
  WHERE rv."claimId" = c."id" AND rv."state" IN ('approved', 'submitted')
    AND NOT EXISTS (SELECT 1 FROM "Correction" co WHERE co."reviewId" = rv."id")
  ORDER BY rv."createdAt" DESC LIMIT 1
) r ON TRUE
WHERE c."id" = $1`;

export type OneSqlReader = { read(id: string): Promise<string | null>; close(): Promise<void> };

/**
 * `prepared`: the statement is prepared once per connection (a named statement) instead of
 * planned on every call, as the product's hot statements are: the stricter limit.
 */
export function createOneSqlReader(db: Database, url?: string, prepared = false): OneSqlReader {
  if (db.kind === 'postgres' && url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const name = prepared ? 'one_sql_claim_status' : undefined;
    return {
      read: async (id) =>
        (await pool.query<{ body: string }>({ name, text: CLAIM_STATUS_SQL, values: [id] })).rows[0]?.body ?? null,
      close: () => pool.end(),
    };
  }
  return {
    read: async (id) => (await db.prisma.$queryRawUnsafe<Array<{ body: string }>>(CLAIM_STATUS_SQL, id))[0]?.body ?? null,
    close: async () => {},
  };
}

/** Creates the database on the server at `url` unless it exists. */
export async function ensureDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
