import { readFile } from 'node:fs/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { inject } from 'vitest';
import type { Database } from '../connection/open-database';
import { openPglite } from '../connection/pglite';
import { PrismaClient } from '../generated/prisma/client';
import './provided-context';

/** The migrated PostgreSQL database of this run, or null when the run uses PGlite. */
export function testDatabaseUrl(): string | null {
  return inject('testDatabaseUrl');
}

/** A migrated database for one test file: PostgreSQL when the run has one, else PGlite. */
export async function openTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (url) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
  }
  const snapshotPath = inject('pgliteSnapshot');
  if (!snapshotPath) throw new Error('integration tests need the global setup in vitest.config.ts');
  const client = await openPglite(undefined, new Blob([await readFile(snapshotPath)]));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    kind: 'pglite',
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}

/** A suffix that keeps each test's data its own. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
