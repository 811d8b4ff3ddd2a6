import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { attachPool } from './hot-sql';

/**
 * The raw connection other PostgreSQL libraries (the job queue) share: the one embedded PGlite
 * (it belongs to this process), or the PostgreSQL URL to open their own pool on.
 */
export type SqlConnection =
  | {
      kind: 'pglite';
      query<T>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
      exec(text: string): Promise<Array<{ rows: unknown[] }>>;
    }
  | { kind: 'postgres'; url: string };

export type Database = {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  connection: SqlConnection;
  close(): Promise<void>;
};

/** Prisma over an open PGlite; closing disconnects, closes PGlite, then runs `afterClose`. */
export function pgliteDatabase(client: PGlite, afterClose?: () => void): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    kind: 'pglite',
    connection: {
      kind: 'pglite',
      query: <T>(text: string, values?: unknown[]) => client.query<T>(text, values),
      exec: (text) => client.exec(text),
    },
    close: async () => {
      await prisma.$disconnect();
      await client.close();
      afterClose?.();
    },
  };
}

/** Prisma over a pg pool, which the hot statements also use directly (see queryRows). */
export function postgresDatabase(url: string): Database {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server drops (a restart, a terminated backend) is only removed from
  // the pool: without a listener, pg's 'error' event would end the process.
  pool.on('error', (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  attachPool(prisma, pool);
  return {
    prisma,
    kind: 'postgres',
    connection: { kind: 'postgres', url },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
