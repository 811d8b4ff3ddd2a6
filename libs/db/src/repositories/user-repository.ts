import type { TUser } from '@claimledger/contracts';
import type { Role } from '@claimledger/domain';
import type { DbExecutor } from '../client';

const userSelect = { id: true, email: true, name: true, role: true } as const;

export async function insertUser(
  db: DbExecutor,
  user: { email: string; name: string; role: Role; passwordHash: string },
): Promise<TUser> {
  return db.user.create({ data: user, select: userSelect });
}

export async function findUserByEmail(db: DbExecutor, email: string): Promise<TUser | null> {
  return db.user.findUnique({ where: { email }, select: userSelect });
}

/** The stored hash for sign-in; never leaves the auth library. */
export async function findUserById(db: DbExecutor, id: string): Promise<TUser | null> {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

export async function findCredentials(
  db: DbExecutor,
  email: string,
): Promise<{ user: TUser; passwordHash: string | null; disabled: boolean } | null> {
  const row = await db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true, disabledAt: true } });
  if (!row) return null;
  const { passwordHash, disabledAt, ...user } = row;
  return { user, passwordHash, disabled: disabledAt !== null };
}

/** Names of the given users who are not disabled: the people a notice may go to. */
export async function listActiveUserNames(db: DbExecutor, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  return db.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true, name: true } });
}

/** Ids of the users, not disabled, who hold one of the roles. */
export async function listActiveUserIdsWithRoles(db: DbExecutor, roles: readonly Role[]): Promise<string[]> {
  const rows = await db.user.findMany({ where: { role: { in: [...roles] }, disabledAt: null }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function listUsers(db: DbExecutor): Promise<TUser[]> {
  return db.user.findMany({ select: userSelect, orderBy: { email: 'asc' } });
}

export async function insertSession(
  db: DbExecutor,
  session: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.session.create({ data: session });
}

/**
 * The user of a live session, or null when it is unknown, expired or the user is disabled.
 * Stamps the session's `lastSeenAt` when it is older than `touchAfterSeconds` (a write at most
 * once a minute per session, not on every request).
 */
export async function findSessionUser(
  db: DbExecutor,
  tokenHash: string,
  now: Date,
  touchAfterSeconds = 60,
): Promise<TUser | null> {
  const row = await db.session.findUnique({
    where: { tokenHash },
    select: { expiresAt: true, lastSeenAt: true, user: { select: { ...userSelect, disabledAt: true } } },
  });
  if (!row || row.expiresAt <= now || row.user.disabledAt) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= touchAfterSeconds * 1000) {
    await db.session.updateMany({ where: { tokenHash, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } });
  }
  const { disabledAt: _disabled, ...user } = row.user;
  return user;
}

/** Removes sessions that expired before `now`; returns how many. */
export async function deleteExpiredSessions(db: DbExecutor, now: Date): Promise<number> {
  return (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

export async function deleteSession(db: DbExecutor, tokenHash: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash } });
}

export async function countUsers(db: DbExecutor): Promise<number> {
  return db.user.count();
}
