import { randomUUID } from 'node:crypto';
import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../connection/pglite';
import { migrationPaths, withDatabase } from '../env';
import { deployMigrations } from '../migrate/runner';

import './provided-context';

/**
 * Integration tests run on a freshly migrated database: with DATABASE_URL, a new
 * PostgreSQL database per run (dropped afterwards); without, a migrated PGlite snapshot
 * that each test file restores into its own in-memory instance.
 */
export default async function setup(project: TestProject) {
  const baseUrl = process.env['DATABASE_URL'];
  if (baseUrl) {
    const name = `claimledger_it_${Date.now()}_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = withDatabase(baseUrl, name);
    await deployMigrations({ kind: 'postgres', url }, migrationPaths());
    project.provide('testDatabaseUrl', url);
    project.provide('pgliteSnapshot', null);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const client = await openPglite();
  await deployMigrations({ kind: 'pglite', client }, migrationPaths());
  const dump = await client.dumpDataDir('none');
  await client.close();
  const dir = await mkdtemp(path.join(tmpdir(), 'claimledger-it-'));
  const file = path.join(dir, 'snapshot.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabaseUrl', null);
  project.provide('pgliteSnapshot', file);
  return () => rm(dir, { recursive: true, force: true });
}
