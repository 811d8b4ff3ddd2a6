import pg from 'pg';
import { migrationPaths, withDatabase } from '../env';
import { deployMigrations } from '../migrate/runner';

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
 * A new, migrated PostgreSQL database named `<prefix>_<time>_<random>` for tests that start
 * other processes on it; `drop()` removes it (closing what is still connected).
 */
export async function createScratchDatabase(prefix: string, server = postgresServerUrl()): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server, name);
  await deployMigrations({ kind: 'postgres', url }, migrationPaths());
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
