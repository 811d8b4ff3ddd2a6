import type { PGlite } from '@electric-sql/pglite';
import { readDbEnv, type DbEnv } from '../env';
import { openLockedPglite } from './locked-pglite';
import { pgliteDatabase, postgresDatabase, type Database } from './prisma-clients';
import { assertMigrationsApplied } from './verify-migrations';

export type { Database, SqlConnection } from './prisma-clients';

export type PrepareTarget = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };

export type OpenOptions = Partial<DbEnv> & {
  /**
   * Runs on the raw connection before Prisma opens it (the migration runner hooks in here).
   * Without it the database must already be migrated, else opening fails with a clear message.
   */
  prepare?: (target: PrepareTarget) => Promise<void>;
};

async function verified(db: Database): Promise<Database> {
  try {
    await assertMigrationsApplied(db.prisma);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * DATABASE_URL set → PostgreSQL through adapter-pg. Unset → embedded PGlite in the data
 * directory, locked to this process.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = readDbEnv();
  const databaseUrl = 'databaseUrl' in options ? options.databaseUrl : env.databaseUrl;
  if (databaseUrl) {
    await options.prepare?.({ kind: 'postgres', url: databaseUrl });
    return verified(postgresDatabase(databaseUrl));
  }
  const { client, release } = await openLockedPglite(options.dataDir ?? env.dataDir);
  try {
    await options.prepare?.({ kind: 'pglite', client });
  } catch (error) {
    await client.close();
    release();
    throw error;
  }
  return verified(pgliteDatabase(client, release));
}
