export { openTestDatabase, uniqueSuffix } from './test-database';
