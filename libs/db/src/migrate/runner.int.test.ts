import { cp, mkdtemp, readFile, readdir, rm, writeFile, appendFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../testing/test-database';
import { openPglite } from '../connection/pglite';
import { migrationPaths, withDatabase } from '../env';
import { createMigration, deployMigrations, migrationStatus, MigrationError, type MigrationTarget } from './index';

type Scratch = { target: MigrationTarget; exec(sql: string): Promise<void>; close(): Promise<void> };

/** A fresh empty database: a new PostgreSQL database when the run has one, else PGlite. */
async function freshDatabase(): Promise<Scratch> {
  const baseUrl = testDatabaseUrl();
  if (!baseUrl) {
    const client = await openPglite();
    return {
      target: { kind: 'pglite', client },
      exec: async (sql) => void (await client.exec(sql)),
      close: () => client.close(),
    };
  }
  const name = `claimledger_mig_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(baseUrl, name);
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  return {
    target: { kind: 'postgres', url },
    exec: async (sql) => void (await conn.query(sql)),
    close: async () => {
      await conn.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

let work: string;
let scratch: Scratch | undefined;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'claimledger-migrate-'));
});
afterEach(async () => {
  await scratch?.close();
  scratch = undefined;
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** A copy of the real schema and migrations to change freely. */
async function copyProject(name: string) {
  const real = migrationPaths();
  const dir = path.join(work, name);
  const paths = { schemaDir: path.join(dir, 'schema'), migrationsDir: path.join(dir, 'migrations') };
  await cp(real.schemaDir, paths.schemaDir, { recursive: true });
  await cp(real.migrationsDir, paths.migrationsDir, { recursive: true });
  return paths;
}

describe('migration runner (wasm schema engine)', () => {
  it('applies the committed migrations to a fresh database and reports it clean', async () => {
    scratch = await freshDatabase();
    const paths = migrationPaths();
    const applied = await deployMigrations(scratch.target, paths);
    const committed = (await readdir(paths.migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(applied).toEqual(committed.sort());
    expect(await deployMigrations(scratch.target, paths)).toEqual([]);
    expect(await migrationStatus(scratch.target, paths)).toEqual({
      hasMigrationsTable: true,
      pending: [],
      failed: [],
      edited: [],
      unknown: [],
      drift: null,
    });
  });

  it('creates a second migration in Prisma format from a schema change and applies it', async () => {
    scratch = await freshDatabase();
    const paths = await copyProject('second');
    await appendFile(
      path.join(paths.schemaDir, 'article.prisma'),
      '\nmodel Tag {\n  id   String @id\n  name String @unique\n}\n',
    );
    const created = await createMigration(scratch.target, paths, 'add_tag');
    expect(created.name).toMatch(/^\d{14}_add_tag$/);
    const sql = await readFile(path.join(paths.migrationsDir, created.name ?? '', 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Tag"');
    expect(created.applied).toContain(created.name);
    expect(await readFile(path.join(paths.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    const status = await migrationStatus(scratch.target, paths);
    expect(status).toMatchObject({ pending: [], failed: [], drift: null });
    const again = await createMigration(scratch.target, paths, 'nothing');
    expect(again.name).toBeNull();
  });

  it('reports a failing migration as failed, never as applied', async () => {
    scratch = await freshDatabase();
    const paths = await copyProject('failing');
    const bad = path.join(paths.migrationsDir, '29990101000000_broken');
    await mkdir(bad);
    await writeFile(path.join(bad, 'migration.sql'), 'CREATE TABLE "Broken" (id int);\nSELECT * FROM "no_such_table";\n');
    await expect(deployMigrations(scratch.target, paths)).rejects.toThrow(MigrationError);
    const status = await migrationStatus(scratch.target, paths);
    expect(status.failed).toEqual(['29990101000000_broken']);
    await expect(deployMigrations(scratch.target, paths)).rejects.toThrow(/29990101000000_broken/);
  });

  it('detects drift and edited migrations', async () => {
    scratch = await freshDatabase();
    const paths = await copyProject('drift');
    await deployMigrations(scratch.target, paths);
    await scratch.exec('ALTER TABLE "Article" ADD COLUMN "junk" integer');
    const status = await migrationStatus(scratch.target, paths);
    expect(status.drift).toContain('Added column `junk`');

    const [first] = (await readdir(paths.migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
    await appendFile(path.join(paths.migrationsDir, first?.name ?? '', 'migration.sql'), '\n-- edited\n');
    expect((await migrationStatus(scratch.target, paths)).edited).toEqual([first?.name]);
  });

  it('lists migrations missing from the folder as unknown', async () => {
    scratch = await freshDatabase();
    const paths = await copyProject('unknown');
    const extra = path.join(paths.migrationsDir, '29990101000000_extra');
    await mkdir(extra);
    await writeFile(path.join(extra, 'migration.sql'), 'CREATE TABLE "Extra" (id int);\n');
    await deployMigrations(scratch.target, paths);
    await rm(extra, { recursive: true });
    expect((await migrationStatus(scratch.target, paths)).unknown).toEqual(['29990101000000_extra']);
  });
});
