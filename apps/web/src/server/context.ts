import 'server-only';
import type { ApiContext } from '@claimledger/api';
import { getDatabase } from './database';

/** Resolves the request's context once. Until sign-in exists every actor is the web UI. */
export async function createApiContext(): Promise<ApiContext> {
  const db = await getDatabase();
  return { db: db.prisma, actor: { id: null, label: 'web' } };
}
