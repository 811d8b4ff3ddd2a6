import 'server-only';
import { SESSION_COOKIE, resolveActor } from '@claimledger/auth';
import { can, type Actor, type Permission } from '@claimledger/domain';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
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

/**
 * For pages a role may not use: the actor when their role grants `permission`; signed out, a
 * redirect to sign-in; otherwise 403 with the explanation in app/forbidden.tsx.
 */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
