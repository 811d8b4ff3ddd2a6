import pg from 'pg';
import { ROW_CAP, splitPlan, type CandidatePlan } from '../repositories/match-candidate-repository';

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

export type BareCandidateReader = {
  read(plan: CandidatePlan): Promise<number>;
  /** The plan's searches split in two statements (splitPlan), on two connections at once: rows read in all. */
  readSplit(plan: CandidatePlan): Promise<number>;
  close(): Promise<void>;
};

/**
 * The practical limit for the claim-candidate read: the statement of findClaimCandidates
 * written out for a bare pg client ($n parameters, no Prisma), given a plan already made.
 * `read` returns the number of rows.
 */
export async function createBareCandidateReader(url: string): Promise<BareCandidateReader> {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  // As the product runs it (queryRows `serial`): no parallel workers.
  await Promise.all(clients.map((c) => c.query('SET max_parallel_workers_per_gather = 0')));
  const read = async (client: pg.Client, plan: CandidatePlan) => {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const open = plan.anchors.filter((a) => !plan.capped.includes(a));
    // In "ClaimMatchTerms": a pair search reads the pair terms ("pairTsv"), the others the stems.
    const search = (a: string) => {
      const pairs = plan.pairTerms[a];
      return pairs ? `m."pairTsv" @@ ${param(pairs)}::tsquery` : `m."sentenceTsv" @@ ${param(a)}::tsquery`;
    };
    const select = `SELECT m."claimId" AS "id", m."createdAt", m."sentenceTsv" FROM "ClaimMatchTerms" m WHERE`;
    const scans = [
      ...(open.length ? [`(${select} (${open.map(search).join(' OR ')}))`] : []),
      ...(plan.capped.length ? [`(${select} (${plan.capped.map(search).join(' OR ')}) LIMIT ${ROW_CAP})`] : []),
    ];
    const found = scans.length > 1 ? `(SELECT DISTINCT ON (u."id") u.* FROM (${scans.join(' UNION ALL ')}) u)` : scans[0];
    const score = plan.slots
      .map((s) => `(CASE WHEN h."sentenceTsv" @@ ${param(s.query)}::tsquery THEN ${param(s.weight)}::float8 ELSE 0 END)`)
      .join(' + ');
    // As the product's statement: the texts are read for the best 30 rows alone.
    const result = await client.query(
      `SELECT c."id", c."text", c."sentence", c."groupId", c."articleId" FROM (
         SELECT h."id", h."createdAt", ${score} AS "score" FROM ${found} h
         ORDER BY "score" DESC, h."createdAt" ASC, h."id" ASC LIMIT 30) t
       JOIN "Claim" c ON c."id" = t."id" ORDER BY t."score" DESC, t."createdAt" ASC, t."id" ASC`,
      params,
    );
    return result.rowCount ?? 0;
  };
  return {
    read: (plan) => read(clients[0] as pg.Client, plan),
    readSplit: async (plan) => {
      const counts = await Promise.all(splitPlan(plan, 2).map((part, i) => read(clients[i] as pg.Client, part)));
      return counts.reduce((a, b) => a + b, 0);
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.end()));
    },
  };
}
