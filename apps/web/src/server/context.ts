import 'server-only';
import { apiKeyToken, type ApiContext } from '@claimledger/api';
import { getServer } from './database';
import { webEnv } from './env';
import { publicUrlOfPage, publicUrlOfRequest } from './public-url';
import { getActor } from './session';

/**
 * Resolves the request's context once: the database, the signed-in actor, and (for consumer
 * procedures called over tRPC) the API key from the Authorization header.
 */
export async function createApiContext(opts?: { req: Request }): Promise<ApiContext> {
  const { db, archiver } = await getServer();
  return {
    db: db.prisma,
    actor: await getActor(),
    archiveQueue: archiver,
    apiKeyToken: opts ? apiKeyToken(opts.req) : null,
    publicUrl: opts ? publicUrlOfRequest(opts.req) : await publicUrlOfPage(),
    allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
  };
}
