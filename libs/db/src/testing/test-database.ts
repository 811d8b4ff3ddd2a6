import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openPglite } from '../connection/pglite';
import { pgliteDatabase, postgresDatabase, type Database } from '../connection/prisma-clients';
import './provided-context';

/** The migrated PostgreSQL database of this run, or null when the run uses PGlite. */
export function testDatabaseUrl(): string | null {
  return inject('testDatabaseUrl');
}

/** A migrated database for one test file: PostgreSQL when the run has one, else PGlite. */
export async function openTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (url) return postgresDatabase(url);
  const snapshotPath = inject('pgliteSnapshot');
  if (!snapshotPath) throw new Error('integration tests need the global setup in vitest.config.ts');
  return pgliteDatabase(await openPglite(undefined, new Blob([await readFile(snapshotPath)])));
}

/** A suffix that keeps each test's data its own. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
