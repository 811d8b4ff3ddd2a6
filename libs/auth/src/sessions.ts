import { ZSignInInput, parseInput, type TSignInInput, type TUser } from '@claimledger/contracts';
import { deleteSession, findCredentials, findSessionUser, insertSession, type DbClient } from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { hashPassword, verifyPassword } from './password';
import { SESSION_DAYS, hashToken, newSessionToken } from './session-token';

let dummyHash: Promise<string> | undefined;

/**
 * Checks email and password and opens a session. Unknown email and wrong password fail the
 * same way and take the same time.
 */
export async function signIn(db: DbClient, raw: TSignInInput): Promise<{ token: string; user: TUser; expiresAt: Date }> {
  const input = parseInput(ZSignInInput, raw);
  const credentials = await findCredentials(db, input.email);
  dummyHash ??= hashPassword('claimledger-timing-equaliser');
  const ok = await verifyPassword(credentials?.passwordHash ?? (await dummyHash), input.password);
  if (!credentials || !credentials.passwordHash || !ok || credentials.disabled) {
    throw new AppError('UNAUTHENTICATED', 'Wrong email or password.');
  }
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await insertSession(db, { tokenHash, userId: credentials.user.id, expiresAt });
  return { token, user: credentials.user, expiresAt };
}

export async function signOut(db: DbClient, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, hashToken(token));
}

/** The actor behind a session token, resolved once per request; null when signed out. */
export async function resolveActor(db: DbClient, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const user = await findSessionUser(db, hashToken(token), new Date());
  return user ? { id: user.id, label: user.email, role: user.role } : null;
}
