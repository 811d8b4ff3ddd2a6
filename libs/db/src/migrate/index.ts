export { createMigration, deployMigrations, migrationStatus, MigrationError } from './runner';
export type { MigrationPaths, MigrationStatus, MigrationTarget, CreatedMigration } from './runner';
export { openMigratedDatabase } from './open-migrated';
export { openMigrationTarget } from './migration-target';
export type { OpenedMigrationTarget } from './migration-target';
