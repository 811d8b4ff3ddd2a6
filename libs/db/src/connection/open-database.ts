import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { migrationPaths, readDbEnv, type DbEnv } from '../env';
import { deployMigrations } from '../migrate/runner';
import { lockDataDir } from './data-dir-lock';
import { openPglite } from './pglite';

export type Database = {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export type OpenOptions = Partial<DbEnv> & {
  /** Apply pending migrations on open (always on for the embedded database). */
  migrate?: boolean;
};

/**
 * DATABASE_URL set → PostgreSQL through adapter-pg. Unset → embedded PGlite in the data
 * directory, locked to this process, migrated on open.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = readDbEnv();
  const databaseUrl = 'databaseUrl' in options ? options.databaseUrl : env.databaseUrl;
  if (databaseUrl) {
    if (options.migrate) await deployMigrations({ kind: 'postgres', url: databaseUrl }, migrationPaths());
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
  }
  const dataDir = options.dataDir ?? env.dataDir;
  const release = lockDataDir(dataDir);
  try {
    const client = await openPglite(dataDir);
    await deployMigrations({ kind: 'pglite', client }, migrationPaths());
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
    return {
      prisma,
      kind: 'pglite',
      close: async () => {
        await prisma.$disconnect();
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
