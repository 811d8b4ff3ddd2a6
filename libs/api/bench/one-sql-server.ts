import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@claimledger/db';
import { createOneSqlReader } from '@claimledger/db/bench';

/**
 * A bare node:http server answering GET /claims/{id} with ONE SQL statement that returns the
 * claim-status fields as JSON: the practical limit the REST endpoint is compared with. As the
 * issue measured it, the statement is planned on every call; `prepared` names it (PostgreSQL).
 */
export async function startOneSqlServer(
  db: Database,
  url?: string,
  prepared = false,
): Promise<{ url: string; close(): Promise<void> }> {
  const reader = createOneSqlReader(db, url, prepared);
  const server = createServer((req, res) => {
    const id = /^\/claims\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    reader
      .read(id)
      .then((body) => res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(body ?? 'null'))
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reader.close();
    },
  };
}
