import 'server-only';
import type { BaseContext } from '@claimledger/api';
import { getServer } from './database';
import { apiRateLimit, webEnv } from './env';
import { publicUrlOfPage } from './public-url';
import { getActor } from './session';

/**
 * Resolves the request's context once: the database, the signed-in actor and the API budgets.
 * The tRPC handler adds the API key, the client's address and the response headers.
 */
export async function createApiContext(): Promise<BaseContext> {
  const { db, queue, archiveQueue, exportQueue, ingestRunner } = await getServer();
  return {
    db: db.prisma,
    actor: await getActor(),
    archiveQueue,
    ingestRunner,
    exportQueue,
    publishing: webEnv,
    jobs: queue,
    publicUrl: await publicUrlOfPage(),
    allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
    rateLimit: apiRateLimit,
  };
}
