import { openLockedPglite } from '../connection/locked-pglite';
import { readDbEnv, type DbEnv } from '../env';
import type { MigrationTarget } from './runner';

export type OpenedMigrationTarget = { target: MigrationTarget; where: string; close: () => Promise<void> };

/**
 * What `prisma/migrate.ts` migrates: PostgreSQL when DATABASE_URL is set, else the embedded
 * database, opened and locked as the app opens it (real path, one lock).
 */
export async function openMigrationTarget(options: Partial<DbEnv> = {}): Promise<OpenedMigrationTarget> {
  const env = readDbEnv();
  const databaseUrl = 'databaseUrl' in options ? options.databaseUrl : env.databaseUrl;
  if (databaseUrl)
    return { target: { kind: 'postgres', url: databaseUrl }, where: 'PostgreSQL (DATABASE_URL)', close: async () => {} };
  const { client, dataDir, release } = await openLockedPglite(options.dataDir ?? env.dataDir);
  return {
    target: { kind: 'pglite', client },
    where: `embedded PGlite at ${dataDir}`,
    close: async () => {
      await client.close();
      release();
    },
  };
}
