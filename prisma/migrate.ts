// `npm run db:migrate -- --name <x>`, `npm run db:deploy`, `npm run db:status`.
// Targets DATABASE_URL when set, else the embedded PGlite database in .data/.
import { parseArgs } from 'node:util';
import { migrationPaths } from '@claimledger/db';
import { createMigration, deployMigrations, migrationStatus, openMigrationTarget } from '@claimledger/db/migrate';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { name: { type: 'string' } },
  });
  const command = positionals[0];
  const paths = migrationPaths();
  // The embedded database is opened as the app opens it: symbolic links resolved, one lock.
  const { target, where, close } = await openMigrationTarget();
  try {
    if (command === 'migrate') {
      if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
        console.error('usage: npm run db:migrate -- --name <snake_case_name>');
        return 2;
      }
      const created = await createMigration(target, paths, values.name);
      for (const w of created.warnings) console.warn(`warning: ${w}`);
      if (created.applied.length) console.log(`Applied to ${where}: ${created.applied.join(', ')}`);
      console.log(
        created.name
          ? `Created prisma/migrations/${created.name}/migration.sql`
          : 'The schema matches the migrations: nothing to create.',
      );
      return 0;
    }
    if (command === 'deploy') {
      const applied = await deployMigrations(target, paths);
      console.log(applied.length ? `Applied to ${where}: ${applied.join(', ')}` : `${where} is up to date.`);
      return 0;
    }
    if (command === 'status') {
      const status = await migrationStatus(target, paths);
      console.log(`Database: ${where}`);
      console.log(`Pending: ${status.pending.join(', ') || 'none'}`);
      console.log(`Failed: ${status.failed.join(', ') || 'none'}`);
      console.log(`Edited after applying: ${status.edited.join(', ') || 'none'}`);
      console.log(`In the database but not in the folder: ${status.unknown.join(', ') || 'none'}`);
      console.log(status.drift ? `Drift: ${status.drift}` : 'Drift: none');
      const clean =
        !status.pending.length && !status.failed.length && !status.edited.length && !status.unknown.length && !status.drift;
      return clean ? 0 : 1;
    }
    console.error('usage: migrate.ts migrate --name <x> | deploy | status');
    return 2;
  } finally {
    await close();
  }
}

// The wasm engine leaves a timer and PGlite keeps the loop alive: exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
