// Serves the built web app for Playwright on a fresh embedded database with demo data, and
// beside it (on the next port) the local "web" that citations point at: e2e/support/sources.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const port = process.argv[2] ?? '3100';
// One data directory per port, emptied at start: Playwright may kill this process before it can
// clean up, and a fresh directory each run would pile up (about 40 MB each).
const dataRoot = path.join(tmpdir(), `claimledger-e2e-${port}`);
rmSync(dataRoot, { recursive: true, force: true });
mkdirSync(dataRoot, { recursive: true });
const env = {
  ...process.env,
  DATABASE_URL: '',
  CLAIMLEDGER_DATA_DIR: path.join(dataRoot, 'pglite'),
  NEXT_TELEMETRY_DISABLED: '1',
  // Citation sources and webhook receivers run on 127.0.0.1 here; production refuses private hosts.
  CLAIMLEDGER_PRIVATE_HOSTS: 'allow',
  PORT: port,
};
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const migrated = spawnSync(process.execPath, [bin('tsx'), 'prisma/migrate.ts', 'deploy'], { cwd: root, env, stdio: 'inherit' });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);

const sources = path.join(import.meta.dirname, 'sources');
const sourceServer = createServer((req, res) => {
  const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
  try {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(path.join(sources, name)));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
sourceServer.listen(Number(port) + 1, '127.0.0.1');

const web = path.join(root, 'apps/web');
const server = spawn(process.execPath, [path.join(web, 'scripts/server.mjs'), port, '127.0.0.1'], {
  cwd: web,
  env,
  stdio: 'inherit',
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  sourceServer.close();
  rmSync(dataRoot, { recursive: true, force: true });
  process.exit(code ?? 0);
});
