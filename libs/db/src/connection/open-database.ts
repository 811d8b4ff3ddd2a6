import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaClient } from '../generated/prisma/client';
import { readDbEnv, type DbEnv } from '../env';
import { lockDataDir } from './data-dir-lock';
import { openPglite } from './pglite';
import { assertMigrationsApplied } from './verify-migrations';

export type Database = {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
};

export type PrepareTarget = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };

export type OpenOptions = Partial<DbEnv> & {
  /**
   * Runs on the raw connection before Prisma opens it (the migration runner hooks in here).
   * Without it the database must already be migrated, else opening fails with a clear message.
   */
  prepare?: (target: PrepareTarget) => Promise<void>;
};

/**
 * DATABASE_URL set → PostgreSQL through adapter-pg. Unset → embedded PGlite in the data
 * directory, locked to this process.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = readDbEnv();
  const databaseUrl = 'databaseUrl' in options ? options.databaseUrl : env.databaseUrl;
  if (databaseUrl) {
    await options.prepare?.({ kind: 'postgres', url: databaseUrl });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    try {
      await assertMigrationsApplied(prisma);
    } catch (error) {
      await prisma.$disconnect();
      throw error;
    }
    return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
  }
  const dataDir = options.dataDir ?? env.dataDir;
  const release = lockDataDir(dataDir);
  let client: PGlite | undefined;
  try {
    client = await openPglite(dataDir);
    await options.prepare?.({ kind: 'pglite', client });
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
    await assertMigrationsApplied(prisma);
    const owned = client;
    return {
      prisma,
      kind: 'pglite',
      close: async () => {
        await prisma.$disconnect();
        await owned.close();
        release();
      },
    };
  } catch (error) {
    await client?.close();
    release();
    throw error;
  }
}
