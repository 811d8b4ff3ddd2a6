export { openTestDatabase, testDatabaseUrl, uniqueSuffix } from './test-database';
export { createTestActor, createTestActorForBench } from './factories';
export { insertBenchData } from './bench-data';
export { createScratchDatabase, isReachable } from './scratch-postgres';
export { createMigratedScratchDatabase, postgresServerUrl, postgresUnreachable } from './scratch-database';
export type { ScratchDatabase } from './scratch-database';
