export { openTestDatabase, testDatabaseUrl, uniqueSuffix } from './test-database';
export { createTestActor } from './factories';
export { insertBenchData } from './bench-data';
