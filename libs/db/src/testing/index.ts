export { openTestDatabase, testDatabaseUrl, uniqueSuffix } from './test-database';
export { createTestActor } from './factories';
