import { ZSignInInput, parseInput, type TSignInInput, type TUser } from '@claimledger/contracts';
import {
  clearRateLimitBucket,
  deleteExpiredSessions,
  deleteSession,
  deleteStaleRateLimitBuckets,
  STALE_RATE_LIMIT_SECONDS,
  findCredentials,
  findSessionUser,
  insertSession,
  refundRateLimitBucket,
  type DbClient,
} from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { hashPassword, verifyPassword } from './password';
import { consumeRateLimit, rateLimitBucket, type RateLimitPolicy } from './rate-limit';
import { SESSION_DAYS, hashToken, newSessionToken } from './session-token';

let dummyHash: Promise<string> | undefined;

/** Wrong passwords allowed per account and per client address before sign-in waits. */
export type SignInThrottle = { account: RateLimitPolicy; client: RateLimitPolicy };

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottle = {
  account: { limit: 10, windowSeconds: 900 },
  client: { limit: 50, windowSeconds: 900 },
};

export type SignInOptions = { clientAddress?: string; throttle?: SignInThrottle };

/**
 * Checks email and password and opens a session. Unknown email and wrong password fail the
 * same way and take the same time. Wrong passwords are counted per account and per client
 * address; past either budget, sign-in answers 429 without checking the password until the
 * window ends. Each attempt is counted before its password is checked (one atomic statement
 * per budget), so simultaneous guesses cannot all slip under the budget; a success gives the
 * address its attempt back, clears its account's count and, in passing, deletes expired
 * sessions and stale rate-limit buckets.
 */
export async function signIn(
  db: DbClient,
  raw: TSignInInput,
  options: SignInOptions = {},
): Promise<{ token: string; user: TUser; expiresAt: Date }> {
  const input = parseInput(ZSignInInput, raw);
  const throttle = options.throttle ?? DEFAULT_SIGN_IN_THROTTLE;
  const accountBucket = rateLimitBucket.signInAccount(input.email);
  const clientBucket = options.clientAddress ? rateLimitBucket.signInClient(options.clientAddress) : null;
  // The address first: an address past its budget does not spend the account's.
  const budgets: Array<{ bucket: string; policy: RateLimitPolicy; who: string }> = [
    ...(clientBucket ? [{ bucket: clientBucket, policy: throttle.client, who: 'your address' }] : []),
    { bucket: accountBucket, policy: throttle.account, who: 'this account' },
  ];
  for (const { bucket, policy, who } of budgets) {
    const state = await consumeRateLimit(db, bucket, policy);
    if (!state.allowed) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many wrong passwords for ${who}. Try again in ${waitLabel(state.resetSeconds)}.`,
        { retryAfterSeconds: state.resetSeconds },
      );
    }
  }

  const credentials = await findCredentials(db, input.email);
  dummyHash ??= hashPassword('claimledger-timing-equaliser');
  const ok = await verifyPassword(credentials?.passwordHash ?? (await dummyHash), input.password);
  if (!credentials || !credentials.passwordHash || !ok || credentials.disabled) {
    throw new AppError('UNAUTHENTICATED', 'Wrong email or password.');
  }
  const { token, tokenHash } = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(db, { tokenHash, userId: credentials.user.id, expiresAt });
  await clearRateLimitBucket(db, accountBucket);
  if (clientBucket) await refundRateLimitBucket(db, clientBucket);
  await deleteExpiredSessions(db, now);
  await deleteStaleRateLimitBuckets(db, STALE_RATE_LIMIT_SECONDS);
  return { token, user: credentials.user, expiresAt };
}

const waitLabel = (seconds: number) =>
  seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;

export async function signOut(db: DbClient, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, hashToken(token));
}

/** The actor behind a session token, resolved once per request; null when signed out. Marks the session as seen. */
export async function resolveActor(db: DbClient, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const user = await findSessionUser(db, hashToken(token), new Date());
  return user ? { id: user.id, label: user.email, role: user.role } : null;
}
