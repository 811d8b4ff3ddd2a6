import 'server-only';
import type { ApiContext } from '@claimledger/api';
import { getServer } from './database';
import { getActor } from './session';

/** Resolves the request's context once: the database and the signed-in actor. */
export async function createApiContext(): Promise<ApiContext> {
  const { db, archiver } = await getServer();
  return { db: db.prisma, actor: await getActor(), archiveQueue: archiver };
}
