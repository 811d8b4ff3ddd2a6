import { createRestHandler } from '@claimledger/api';
import { getServer } from '../../../../server/database';
import { apiRateLimit, webEnv } from '../../../../server/env';
import { publicUrlOfRequest } from '../../../../server/public-url';

export const dynamic = 'force-dynamic';

let handler: Promise<(req: Request) => Promise<Response>> | undefined;

/** One REST handler per server process, built on first use. */
function restHandler() {
  handler ??= getServer().then(({ db, archiveQueue, ingestRunner }) =>
    createRestHandler({
      db: db.prisma,
      archiveQueue,
      ingestRunner,
      publicUrl: publicUrlOfRequest,
      rateLimit: apiRateLimit,
      allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
    }),
  );
  return handler;
}

/** REST view of the consumer procedures: /api/v1/claims/{id}, /api/v1/claims, … (see /api/openapi.json). */
export async function GET(request: Request): Promise<Response> {
  return serve(request);
}

/** POST /api/v1/webhooks: a consumer registers a receiver. */
export async function POST(request: Request): Promise<Response> {
  return serve(request);
}

async function serve(request: Request): Promise<Response> {
  return (await restHandler())(request);
}
