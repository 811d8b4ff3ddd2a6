import pg from 'pg';
import type { CandidatePlan } from '../repositories/match-candidate-repository';

/** Why the server at `url` cannot be reached, or undefined when it can (3 s timeout). */
export async function unreachableReason(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type BareCandidateReader = { read(plan: CandidatePlan): Promise<number>; close(): Promise<void> };

/**
 * The practical limit for the claim-candidate read: the statement of findClaimCandidates
 * written out for a bare pg client ($n parameters, no Prisma), given a plan already made.
 * `read` returns the number of rows.
 */
export async function createBareCandidateReader(url: string): Promise<BareCandidateReader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    read: async (plan) => {
      const anchors = plan.anchors.map((_, i) => `c."sentenceTsv" @@ $${i + 1}::tsquery`).join(' OR ');
      const score = plan.slots
        .map((_, i) => {
          const at = plan.anchors.length + 2 * i;
          return `(CASE WHEN h."sentenceTsv" @@ $${at + 1}::tsquery THEN $${at + 2}::float8 ELSE 0 END)`;
        })
        .join(' + ');
      const result = await client.query(
        `SELECT h."id", h."text", h."sentence", h."groupId", h."articleId" FROM (
           SELECT c."id", c."text", c."sentence", c."groupId", c."articleId", c."createdAt", c."sentenceTsv"
           FROM "Claim" c WHERE (${anchors})) h
         ORDER BY ${score} DESC, h."createdAt" ASC, h."id" ASC LIMIT 30`,
        [...plan.anchors, ...plan.slots.flatMap((s) => [s.query, s.weight])],
      );
      return result.rowCount ?? 0;
    },
    close: () => client.end(),
  };
}
