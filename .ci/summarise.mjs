// Adds up the JSON reports of vitest and Playwright into one "N passed, N failed" line.
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  unit: 'test-results/vitest-unit.json',
  integration: 'test-results/vitest-integration.json',
  'integration (PostgreSQL)': 'test-results/vitest-integration-postgres.json',
  security: 'test-results/vitest-security.json',
  'security (PostgreSQL)': 'test-results/vitest-security-postgres.json',
  e2e: 'test-results/e2e.json',
};
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, file] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.log(`${name}: no report`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const counts = r.stats
    ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }
    : { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
