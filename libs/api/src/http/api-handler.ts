import type { Actor, ArchiveQueue, ExportQueue, IngestRunner, ServiceDb } from '@claimledger/services';
import type { ApiRateLimit } from '../context';
import { createRestHandler } from '../rest/rest-handler';
import { createTrpcHandler, TRPC_ENDPOINT } from './trpc-handler';

export type ApiHandlerOptions = {
  db: ServiceDb;
  archiveQueue: ArchiveQueue;
  exportQueue?: ExportQueue;
  /** Runs ingests as jobs (the web server's way); without it they run in this process. */
  ingestRunner?: IngestRunner;
  publicUrl: string;
  rateLimit: ApiRateLimit;
  resolveActor: (req: Request) => Promise<Actor | null>;
};

/**
 * Both HTTP views of the product's procedures in one handler: tRPC under `/api/trpc` and REST
 * under `/api/v1`; anything else is 404. For servers outside Next.js (tests, benchmarks).
 */
export function createApiHandler(options: ApiHandlerOptions): (req: Request) => Promise<Response> {
  const trpc = createTrpcHandler(async (req) => ({
    db: options.db,
    actor: await options.resolveActor(req),
    archiveQueue: options.archiveQueue,
    ...(options.exportQueue ? { exportQueue: options.exportQueue } : {}),
    ...(options.ingestRunner ? { ingestRunner: options.ingestRunner } : {}),
    publicUrl: options.publicUrl,
    rateLimit: options.rateLimit,
  }));
  const rest = createRestHandler(options);
  return (req) => {
    const path = new URL(req.url).pathname;
    if (path.startsWith(`${TRPC_ENDPOINT}/`)) return trpc(req);
    if (path.startsWith('/api/v1/')) return rest(req);
    return Promise.resolve(Response.json({ message: `No route for ${path}.`, code: 'NOT_FOUND' }, { status: 404 }));
  };
}
