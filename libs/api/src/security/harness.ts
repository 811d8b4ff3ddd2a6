import type { Server } from 'node:http';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { CitationArchiver, ExportRunner, type IngestRunner } from '@claimledger/services';
import superjson from 'superjson';
import { createApiHandler } from '../http/api-handler';
import { serveFetch } from '../rest/node-server';

export type Harness = {
  db: Database;
  base: string;
  server: Server;
  /** Writes the export files procedures ask for, in this process. */
  exports: ExportRunner;
  actors: Record<'admin' | 'editor' | 'reviewer' | 'viewer', Actor>;
  close(): Promise<void>;
};

/**
 * The product's tRPC and REST handlers over node:http on an ephemeral port, on a fresh test
 * database. The signed-in actor of a request is named by the `x-test-actor` header (a role),
 * standing in for the session cookie the web app resolves.
 */
export async function startHarness(
  opts: { db?: Database; rateLimit?: number; failedKeyLimit?: number; ingestRunner?: IngestRunner } = {},
): Promise<Harness> {
  const db = opts.db ?? (await openTestDatabase());
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  const actors = {
    admin: await createTestActor(db.prisma, 'admin'),
    editor: await createTestActor(db.prisma, 'editor'),
    reviewer: await createTestActor(db.prisma, 'reviewer'),
    viewer: await createTestActor(db.prisma, 'viewer'),
  };
  const exports = new ExportRunner(db.prisma);
  const handler = createApiHandler({
    db: db.prisma,
    archiveQueue: new CitationArchiver(db.prisma),
    exportQueue: exports,
    ...(opts.ingestRunner ? { ingestRunner: opts.ingestRunner } : {}),
    publicUrl: 'https://claims.example.org',
    rateLimit: { limit: opts.rateLimit ?? 600, windowSeconds: 60, failedKeyLimit: opts.failedKeyLimit ?? 30 },
    resolveActor: (req) => {
      const role = req.headers.get('x-test-actor');
      return Promise.resolve(role && role in actors ? actors[role as keyof typeof actors] : null);
    },
  });
  const { server, url } = await serveFetch(handler);
  return {
    db,
    base: url,
    server,
    exports,
    actors,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await exports.idle();
      if (!opts.db) await db.close();
    },
  };
}

export type CallResult = { status: number; headers: Headers; body: unknown; text: string };

/**
 * The request body a superjson client sends; for input superjson refuses to write (a
 * `__proto__` key), the plain `{ json }` envelope a hand-made client would send instead.
 */
function encodeInput(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input });
  }
}

/** Calls a tRPC procedure over HTTP (GET for queries, POST for mutations), as the web client does. */
export async function callTrpc(
  base: string,
  path: string,
  input: unknown,
  init: { method?: 'GET' | 'POST'; actor?: string; headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const method = init.method ?? 'POST';
  const encoded = encodeInput(input);
  const url = method === 'GET' ? `${base}/api/trpc/${path}?input=${encodeURIComponent(encoded)}` : `${base}/api/trpc/${path}`;
  const res = await fetch(url, {
    method,
    body: method === 'POST' ? encoded : undefined,
    headers: { 'content-type': 'application/json', ...(init.actor ? { 'x-test-actor': init.actor } : {}), ...init.headers },
  });
  const text = await res.text();
  let body: unknown = null;
  try {
    const parsed = JSON.parse(text) as { result?: { data: unknown }; error?: { json: unknown } };
    body = parsed.error ? parsed.error.json : parsed.result ? superjson.deserialize(parsed.result.data as never) : parsed;
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** The message of a tRPC or REST error body. */
export function errorMessage(result: CallResult): string {
  const body = result.body as { message?: unknown } | null;
  return typeof body?.message === 'string' ? body.message : '';
}
