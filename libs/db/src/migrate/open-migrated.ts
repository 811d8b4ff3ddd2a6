import { openDatabase, type Database, type OpenOptions } from '../connection/open-database';
import { migrationPaths } from '../env';
import { deployMigrations } from './runner';

/**
 * Opens the database after applying pending migrations. The embedded database is always
 * brought up to date; PostgreSQL only with `migratePostgres` (production runs db:deploy).
 */
export function openMigratedDatabase(
  options: Omit<OpenOptions, 'prepare'> & { migratePostgres?: boolean } = {},
): Promise<Database> {
  const { migratePostgres, ...rest } = options;
  return openDatabase({
    ...rest,
    prepare: async (target) => {
      if (target.kind === 'pglite' || migratePostgres) await deployMigrations(target, migrationPaths());
    },
  });
}
