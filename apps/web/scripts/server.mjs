// The production web server: Next.js behind a plain node:http listener that decides what the
// client's address is. Unless CLAIMLEDGER_TRUST_PROXY=on, X-Forwarded-For is replaced by the
// TCP peer's address, so a client cannot pick its own address to dodge the per-address limits
// (failed API keys, wrong passwords). Behind a reverse proxy that appends the real client to
// X-Forwarded-For, set CLAIMLEDGER_TRUST_PROXY=on and the proxy's entry (the last) is used.
// Usage: node server.mjs [port] [hostname]
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? process.env.HOSTNAME ?? undefined;
const trustProxy = process.env.CLAIMLEDGER_TRUST_PROXY === 'on';
if (!['on', 'off', '', undefined].includes(process.env.CLAIMLEDGER_TRUST_PROXY)) {
  console.error(`CLAIMLEDGER_TRUST_PROXY must be "on" or "off", not "${process.env.CLAIMLEDGER_TRUST_PROXY}"`);
  process.exit(1);
}

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (!trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`claimledger: web server on ${hostname ?? '*'}:${port}; X-Forwarded-For ${trustProxy ? 'trusted (CLAIMLEDGER_TRUST_PROXY=on)' : 'ignored, client address from the connection'}`);
});
// SIGTERM/SIGINT: the app's own handler (apps/web/src/server/database.ts) closes the database and exits.
