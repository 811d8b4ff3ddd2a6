import 'server-only';
import { SESSION_COOKIE, resolveActor } from '@claimledger/auth';
import { can, type Actor, type Permission } from '@claimledger/domain';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDatabase } from './database';

export async function getSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** The signed-in actor of this request, resolved once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  // The cookie first: prerendering stops here, before any database is opened.
  const token = await getSessionToken();
  if (!token) return null;
  const db = await getDatabase();
  return resolveActor(db.prisma, token);
});

/** For admin pages: the actor when their role grants `permission`, else a redirect to the queue. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor || !can(actor.role, permission)) redirect('/claims');
  return actor;
}
