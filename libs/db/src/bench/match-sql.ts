import pg from 'pg';
import { ROW_CAP, splitPlan, type CandidatePlan } from '../repositories/match-candidate-repository';
import { claimSearchText, searchRow, searchStatement } from '../repositories/match-search-sql';

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
 * The practical limit for the claim-candidate read: the statement of findClaimCandidates on a
 * bare pg client (no Prisma, no pool), prepared once per client as the product's is, given a
 * plan already made. `read` returns the number of rows.
 */
export async function createBareCandidateReader(url: string): Promise<BareCandidateReader> {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  // As the product runs it (queryRows `serial`): no parallel workers.
  await Promise.all(clients.map((c) => c.query('SET max_parallel_workers_per_gather = 0')));
  const text = claimSearchText(ROW_CAP, 30);
  const read = async (client: pg.Client, plan: CandidatePlan) => {
    const statement = searchStatement(text, [searchRow(plan, 0, '', true)]);
    const result = await client.query({ name: 'bare_claim_search', text: statement.text, values: statement.values });
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
