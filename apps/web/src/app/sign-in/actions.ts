'use server';

import { SESSION_COOKIE, signIn, signOut } from '@claimledger/auth';
import { isAppError } from '@claimledger/domain';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../server/database';
import { getSessionToken } from '../../server/session';

export type SignInState = { error: string | null };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const db = await getDatabase();
  try {
    const { token, expiresAt } = await signIn(db.prisma, {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
    (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', expires: expiresAt });
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
