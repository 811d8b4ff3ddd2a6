// `npm start`: migrate the database (embedded PGlite in .data/ unless DATABASE_URL is set),
// build the web app when its sources changed, then serve it on PORT (default 3000).
// The server loads the demo articles into an empty database.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const web = path.join(root, 'apps/web');
const env = { ...process.env, NX_NO_CLOUD: 'true', NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function run(cmd, args, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', 'generated'].includes(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

run(process.execPath, [bin('tsx'), 'prisma/migrate.ts', 'deploy']);

const buildId = path.join(web, '.next/BUILD_ID');
const stale =
  !existsSync(buildId) ||
  Math.max(newestSource(path.join(root, 'apps')), newestSource(path.join(root, 'libs'))) > statSync(buildId).mtimeMs;
if (stale || process.argv.includes('--rebuild')) run(bin('next'), ['build'], web);

const port = process.env.PORT ?? '3000';
console.log(`ClaimLedger on http://localhost:${port}`);
console.log(
  process.env.CLAIMLEDGER_PUBLIC_URL
    ? `Public links (ClaimReview, exports, OpenAPI) use CLAIMLEDGER_PUBLIC_URL=${process.env.CLAIMLEDGER_PUBLIC_URL}`
    : `Public links (ClaimReview, exports, OpenAPI) use the address each request came to; CLAIMLEDGER_PUBLIC_URL is unset (http://localhost:${port} outside requests)`,
);
const server = spawn(process.execPath, [path.join(web, 'scripts/server.mjs'), port], { cwd: web, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
