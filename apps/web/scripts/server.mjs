// The production web server (`npm start`, and Playwright's server): Next.js behind a plain
// node:http listener that decides what the client's address is before the app sees it, so
// per-address limits (failed API keys, wrong passwords) cannot be dodged with a forged
// X-Forwarded-For. See forwarded-for.mjs and docs/SECURITY.md (CLAIMLEDGER_TRUST_PROXY).
// Usage: node server.mjs [port] [hostname]
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { applyForwardedFor, parseTrustProxy } from './forwarded-for.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? undefined;
let trustProxy = false;
try {
  trustProxy = parseTrustProxy(process.env.CLAIMLEDGER_TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  applyForwardedFor(req, trustProxy);
  void handle(req, res);
}).listen(port, hostname, () => {
  const policy = trustProxy
    ? 'last X-Forwarded-For entry (CLAIMLEDGER_TRUST_PROXY=on)'
    : 'the connection (X-Forwarded-For ignored)';
  console.log(`claimledger: listening on ${hostname ?? '*'}:${port}; client address from ${policy}`);
});
// SIGTERM/SIGINT: the app's own handler (src/server/database.ts) closes the database and exits.
