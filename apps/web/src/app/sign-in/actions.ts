'use server';

import { clientAddress } from '@claimledger/api';
import { SESSION_COOKIE, sessionCookieOptions, signIn, signOut } from '@claimledger/auth';
import { isAppError } from '@claimledger/domain';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../server/database';
import { signInThrottle } from '../../server/env';
import { publicUrlOfPage } from '../../server/public-url';
import { getSessionToken } from '../../server/session';

export type SignInState = { error: string | null };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const db = await getDatabase();
  try {
    const { token, expiresAt } = await signIn(
      db.prisma,
      { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
      { clientAddress: clientAddress(await headers()), throttle: signInThrottle },
    );
    (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(await publicUrlOfPage(), expiresAt));
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
  redirect('/articles');
}

export async function signOutAction(): Promise<void> {
  const db = await getDatabase();
  await signOut(db.prisma, await getSessionToken());
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/sign-in');
}
