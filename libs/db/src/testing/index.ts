export { openTestDatabase, testDatabaseUrl, uniqueSuffix } from './test-database';
