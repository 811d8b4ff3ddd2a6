import pg from 'pg';
import { migrationPaths } from '../env';
import { deployMigrations } from '../migrate/runner';
import { createScratchDatabase } from './scratch-postgres';

export type ScratchDatabase = { url: string; drop(): Promise<void> };

/** The PostgreSQL server tests may use: DATABASE_URL, else the local one on 127.0.0.1:5432. */
export function postgresServerUrl(): string {
  return process.env['DATABASE_URL'] || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

/** Why PostgreSQL cannot be reached (a reason to show when skipping), or null when it can. */
export async function postgresUnreachable(url = postgresServerUrl()): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${new URL(url).host} is not reachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A new, migrated PostgreSQL database named `<prefix>_<time>_<random>` for tests and benchmarks
 * that start other processes on it; `drop()` removes it (closing what is still connected).
 */
export async function createMigratedScratchDatabase(prefix: string, server = postgresServerUrl()): Promise<ScratchDatabase> {
  const scratch = await createScratchDatabase(server, prefix);
  try {
    await deployMigrations({ kind: 'postgres', url: scratch.url }, migrationPaths());
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return scratch;
}
