import { existsSync, readdirSync } from 'node:fs';
import type { PrismaClient } from '../generated/prisma/client';
import { migrationPaths } from '../env';

export class MigrationsPendingError extends Error {
  override name = 'MigrationsPendingError';
}

/**
 * A cheap check without the schema engine: every migration folder must be recorded as
 * finished in _prisma_migrations. Otherwise the message says how to migrate.
 */
export async function assertMigrationsApplied(prisma: PrismaClient): Promise<void> {
  const dir = migrationPaths().migrationsDir;
  const expected = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];
  let applied: string[] = [];
  try {
    const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.migration_name);
  } catch {
    applied = [];
  }
  const pending = expected.filter((name) => !applied.includes(name));
  if (pending.length > 0) {
    throw new MigrationsPendingError(
      `The database is missing ${pending.length} migration(s): ${pending.join(', ')}. Run \`npm run db:deploy\` first.`,
    );
  }
}
