import type { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { pgliteMigrationFactory, pgMigrationFactory } from './adapters';
import { loadSchemaEngine } from './load-engine';
import { readMigrationList, readSchemaFiles, writeMigration } from './migrations-folder';

export type MigrationTarget = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };

export type MigrationPaths = { schemaDir: string; migrationsDir: string };

export type MigrationStatus = {
  hasMigrationsTable: boolean;
  pending: string[];
  failed: string[];
  edited: string[];
  /** Migrations recorded in the database but missing from the folder. */
  unknown: string[];
  /** Set when the database schema differs from what the migrations produce. */
  drift: string | null;
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

async function withEngine<T>(target: MigrationTarget, paths: MigrationPaths, run: (engine: SchemaEngine) => Promise<T>) {
  const glue = await loadSchemaEngine();
  const files = await readSchemaFiles(paths.schemaDir);
  const factory = target.kind === 'pglite' ? pgliteMigrationFactory(target.client) : pgMigrationFactory(target.url);
  const logs: string[] = [];
  const engine = await glue.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } catch (error) {
    throw new MigrationError(engineMessage(error));
  } finally {
    engine.free();
  }
}

/** Engine errors arrive as JSON user-facing errors or plain messages. */
export function engineMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(raw) as { message?: string; error_code?: string };
    if (parsed.message) return parsed.error_code ? `${parsed.error_code}: ${parsed.message}` : parsed.message;
  } catch {
    // not JSON: keep the raw text
  }
  return raw;
}

/** Applies every pending migration (`prisma migrate deploy`). Returns the names applied. */
export async function deployMigrations(target: MigrationTarget, paths: MigrationPaths): Promise<string[]> {
  return withEngine(target, paths, async (engine) => {
    const migrationsList = await readMigrationList(paths.migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/** Compares the folder with the database, including drift through a shadow database. */
export async function migrationStatus(target: MigrationTarget, paths: MigrationPaths): Promise<MigrationStatus> {
  return withEngine(target, paths, async (engine) => {
    const migrationsList = await readMigrationList(paths.migrationsDir);
    const history = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const h = history.history;
    const pending = h && h.diagnostic !== 'migrationsDirectoryIsBehind' ? h.unappliedMigrationNames : [];
    const unknown = h && h.diagnostic !== 'databaseIsBehind' ? h.unpersistedMigrationNames : [];
    let drift: string | null = null;
    if (history.hasMigrationsTable && !h && history.failedMigrationNames.length === 0) {
      const dev = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      if (dev.action.tag === 'reset') drift = dev.action.reason;
    }
    return {
      hasMigrationsTable: history.hasMigrationsTable,
      pending,
      failed: history.failedMigrationNames,
      edited: history.editedMigrationNames,
      unknown,
      drift,
    };
  });
}

export type CreatedMigration = { name: string | null; dir: string | null; applied: string[]; warnings: string[] };

/**
 * `prisma migrate dev --name`: devDiagnostic → applyMigrations → devDiagnostic →
 * evaluateDataLoss → createMigration → applyMigrations. Refuses instead of resetting.
 */
export async function createMigration(
  target: MigrationTarget,
  paths: MigrationPaths,
  migrationName: string,
): Promise<CreatedMigration> {
  return withEngine(target, paths, async (engine) => {
    let migrationsList = await readMigrationList(paths.migrationsDir);
    const schema = { files: await readSchemaFiles(paths.schemaDir) };
    const diagnose = async () => {
      const dev = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      if (dev.action.tag === 'reset') {
        throw new MigrationError(`the database must be reset before migrating: ${dev.action.reason}`);
      }
    };
    await diagnose();
    const applied = (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames;
    // The engine loses its shadow factory after applying: diagnose again first.
    await diagnose();
    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTER });
    if (loss.unexecutableSteps.length > 0) {
      throw new MigrationError(loss.unexecutableSteps.map((s) => s.message).join('\n'));
    }
    const created = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema,
      filters: NO_FILTER,
    });
    if (created.migrationScript === null) {
      return { name: null, dir: null, applied, warnings: [] };
    }
    const dir = await writeMigration(paths.migrationsDir, created.generatedMigrationName, created.migrationScript);
    migrationsList = await readMigrationList(paths.migrationsDir);
    const appliedNew = (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames;
    return {
      name: created.generatedMigrationName,
      dir,
      applied: [...applied, ...appliedNew],
      warnings: loss.warnings.map((w) => w.message),
    };
  });
}
