/**
 * npm run bench:api — the claim-status endpoint (REST view: API key check, rate limit,
 * tRPC → OpenAPI adapter, service, zod output) under concurrent load, next to a bare node:http
 * server doing the same database read and a bare node:http server running ONE hand-written SQL
 * statement (the practical limit), in the same run and process. Both are served by node:http;
 * Next.js routing in front of /api/v1 is not part of this measurement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApiKey } from '@claimledger/auth';
import { ensureVerdictScale, findReportClaims } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { createTestActorForBench, insertBenchData } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { CitationArchiver } from '@claimledger/services';
import autocannon from 'autocannon';
import { serveFetch } from '../src/rest/node-server';
import { createRestHandler } from '../src/rest/rest-handler';
import { startOneSqlServer } from './one-sql-server';

const DURATION = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 32;

const dataDir = mkdtempSync(path.join(tmpdir(), 'claimledger-bench-api-'));
const db = await openMigratedDatabase({ dataDir: path.join(dataDir, 'pglite'), migratePostgres: true });
try {
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  await insertBenchData(db.prisma, 1, 1_000);
  const admin = await createTestActorForBench(db.prisma);
  const { token } = await createApiKey(db.prisma, admin, { name: 'bench', scopes: ['claims:read'] });
  const [claim] = await findReportClaims(db.prisma, { textContains: 'homes' }, 1);
  const claimId = claim?.id ?? '';

  const options = {
    db: db.prisma,
    archiveQueue: new CitationArchiver(db.prisma),
    publicUrl: 'http://localhost:3000',
    rateLimit: { limit: 1_000_000_000, windowSeconds: 60, failedKeyLimit: 1_000_000_000 },
  };
  const api = await serveFetch(createRestHandler(options));
  const bare = createServer((req, res) => {
    const id = /^\/claims\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    findReportClaims(db.prisma, { claimId: id }, 1)
      .then(([row]) => res.writeHead(row ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(row ?? null)))
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  const oneSql = await startOneSqlServer(db, process.env['DATABASE_URL']);
  const prepared = await startOneSqlServer(db, process.env['DATABASE_URL'], true);

  const run = async (name: string, url: string, headers: Record<string, string> = {}) => {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
    const errors = result.errors + result.non2xx;
    return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
  };
  // Warm both paths up before measuring.
  await run('warm-up', `${api.url}/api/v1/claims/${claimId}`, { authorization: `Bearer ${token}` });
  await run('warm-up', `${bareUrl}/claims/${claimId}`);
  await run('warm-up', `${oneSql.url}/claims/${claimId}`);
  await run('warm-up', `${prepared.url}/claims/${claimId}`);
  const rows = [
    await run('REST /api/v1/claims/{id}', `${api.url}/api/v1/claims/${claimId}`, { authorization: `Bearer ${token}` }),
    await run('bare node:http, same read', `${bareUrl}/claims/${claimId}`),
    await run('one-SQL node:http (limit)', `${oneSql.url}/claims/${claimId}`),
    await run('one-SQL, prepared statement', `${prepared.url}/claims/${claimId}`),
  ];
  console.log(
    `database: ${process.env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}; ${CONNECTIONS} connections, ${DURATION} s each`,
  );
  console.log('server                        req/s    p50 ms   p99 ms   errors');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}`,
    );
  const [apiRow, bareRow, oneSqlRow, preparedRow] = rows;
  if (apiRow && bareRow) console.log(`ratio REST / bare: ${(apiRow.rps / bareRow.rps).toFixed(2)}`);
  if (apiRow && oneSqlRow) console.log(`ratio REST / one-SQL: ${(apiRow.rps / oneSqlRow.rps).toFixed(2)}`);
  if (apiRow && preparedRow) console.log(`ratio REST / one-SQL prepared: ${(apiRow.rps / preparedRow.rps).toFixed(2)}`);
  api.server.close();
  bare.close();
  await oneSql.close();
  await prepared.close();
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
