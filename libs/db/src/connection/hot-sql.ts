import { createHash } from 'node:crypto';
import pg from 'pg';
import type { DbExecutor } from '../client';
import type { PrismaClient, Prisma } from '../generated/prisma/client';

/**
 * Clients opened over a pool of ours, by identity: a transaction client (a proxy that shows the
 * client's own properties) must never reach the pool, or its statements would leave the transaction.
 */
const pools = new WeakMap<object, pg.Pool>();

/** timestamp(3) columns hold UTC: read them as UTC whatever the process's time zone. */
const TIMESTAMP_OID = 1114;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID
      ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Marks `prisma` as running over `pool`, so that hot statements can skip Prisma's query layer. */
export function attachPool(prisma: PrismaClient, pool: pg.Pool): void {
  pools.set(prisma, pool);
}

/** Whether statements on `db` may run side by side: a pool of ours, outside a transaction. */
export function runsOnPool(db: DbExecutor): boolean {
  return pools.has(db);
}

/**
 * Runs one raw statement: straight on the client's pg pool when it has one (PostgreSQL, outside
 * a transaction), else through Prisma (PGlite, or a transaction, whose connection it must use).
 * For the few statements every API request runs: Prisma's raw-query layer costs more CPU than
 * the statement itself there, and on the pool each statement is prepared once per connection.
 * Statements cast what they return to types both paths read alike (int, float8, text, json,
 * timestamp). `prepare: false` for statements whose text changes with their input (they would
 * only fill the names).
 */
export async function queryRows<T>(
  db: DbExecutor,
  query: Prisma.Sql,
  options: { prepare?: boolean; serial?: boolean } = {},
): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<T[]>(query);
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  const name = options.prepare === false ? undefined : statementName(query.text);
  // `serial`: executed with a row limit (fetched in pages), so the server never starts parallel
  // workers for it (PostgreSQL's documented rule); starting them took 30-50 ms here, more than
  // the whole search. Statements that run often and alone, where workers cannot pay off.
  const config: pg.QueryConfig & { rows?: number } = { name, text: query.text, values, types };
  if (options.serial) config.rows = SERIAL_PAGE;
  return (await pool.query<T & pg.QueryResultRow>(config)).rows;
}

/** Rows per page of a `serial` statement: more than any such statement returns. */
const SERIAL_PAGE = 100_000;

const names = new Map<string, string>();
const MAX_NAMES = 256;

/**
 * A prepared statement's name for this text: each connection plans it once, not on every call
 * (planning took 3/4 of the claim-status statement's time). The hot statements come from a few
 * fixed texts; past MAX_NAMES texts, statements go unnamed rather than fill the server's memory.
 */
function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMES) {
    name = `claimledger_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
