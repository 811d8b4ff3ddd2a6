import type { TApiKey } from '@claimledger/contracts';
import type { ApiScope } from '@claimledger/domain';
import type { DbExecutor } from '../client';
import { Prisma } from '../generated/prisma/client';
import { queryRows } from '../connection/hot-sql';
import { bucketClock, countHit, hitColumns, stampKeyUse } from './rate-limit-repository';

const keySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
  createdBy: { select: { email: true } },
} satisfies Prisma.ApiKeySelect;

type KeyRow = Prisma.ApiKeyGetPayload<{ select: typeof keySelect }>;

const toKey = ({ createdBy, scopes, ...row }: KeyRow): TApiKey => ({
  ...row,
  scopes: scopes as ApiScope[],
  createdBy: createdBy.email,
});

export async function insertApiKey(
  db: DbExecutor,
  key: { name: string; prefix: string; hash: string; scopes: ApiScope[]; expiresAt: Date | null; createdById: string },
): Promise<TApiKey> {
  return toKey(await db.apiKey.create({ data: key, select: keySelect }));
}

export async function listApiKeys(db: DbExecutor): Promise<TApiKey[]> {
  const rows = await db.apiKey.findMany({ select: keySelect, orderBy: { createdAt: 'desc' } });
  return rows.map(toKey);
}

/**
 * The key with this prefix and its stored hash, for checking a presented token. Only the slow
 * path reads it (a token spendApiKeyRequest did not accept, to say why), so one Prisma read will do.
 */
export async function findApiKeyByPrefix(
  db: DbExecutor,
  prefix: string,
): Promise<(TApiKey & { hash: string; createdById: string }) | null> {
  const row = await db.apiKey.findUnique({ where: { prefix }, select: { ...keySelect, hash: true, createdById: true } });
  return row ? { ...toKey(row), hash: row.hash, createdById: row.createdById } : null;
}

export async function revokeApiKeyRow(db: DbExecutor, id: string, at: Date): Promise<TApiKey | null> {
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  const row = await db.apiKey.findUnique({ where: { id }, select: keySelect });
  return row && (count === 1 || row.revokedAt) ? toKey(row) : null;
}

/** Records use, at most once a minute per key so busy keys do not write on every request. */
export async function touchApiKey(db: DbExecutor, id: string, at: Date): Promise<void> {
  await db.apiKey.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - 60_000) } }] },
    data: { lastUsedAt: at },
  });
}

type SpentKeyRow = Omit<KeyRow, 'createdBy'> & { createdById: string; email: string; count: number; resetSeconds: number };

/**
 * The hot path of every API request in one statement: the usable key whose prefix and sha256
 * match the token (not revoked, not expired on the database clock), one request counted in its
 * bucket (`bucket.prefix` + key id, as hitRateLimitBucket counts it) and its last use stamped at
 * most once a minute. Null when no usable key matches: nothing is counted, and the caller
 * works out why (unknown, wrong, revoked or expired) on the slow path. Comparing digests in
 * SQL leaks nothing useful: knowing where a stored digest differs does not give a token for it.
 */
export async function spendApiKeyRequest(
  db: DbExecutor,
  key: { prefix: string; hash: string },
  bucket: { prefix: string; windowSeconds: number },
): Promise<(TApiKey & { createdById: string; count: number; resetSeconds: number }) | null> {
  const [row] = await queryRows<SpentKeyRow>(
    db,
    Prisma.sql`
    WITH ${bucketClock(bucket.windowSeconds)},
    usable AS (
      SELECT k."id", k."name", k."prefix", k."scopes", k."expiresAt", k."revokedAt", k."lastUsedAt", k."createdAt",
             k."createdById", u."email"
      FROM "ApiKey" k JOIN "User" u ON u."id" = k."createdById", clock
      WHERE k."prefix" = ${key.prefix} AND k."hash" = ${key.hash} AND k."revokedAt" IS NULL
        AND (k."expiresAt" IS NULL OR k."expiresAt" > clock.at)
    ),
    hit AS (${countHit(Prisma.sql`SELECT ${bucket.prefix} || usable."id", clock.at, 1 FROM usable, clock`)}),
    touched AS (${stampKeyUse(Prisma.sql`(SELECT "id" FROM usable)`)})
    SELECT usable.*, ${hitColumns}
    FROM usable, hit, clock`,
  );
  if (!row) return null;
  const { createdById, email, count, resetSeconds, ...rest } = row;
  return { ...toKey({ ...rest, createdBy: { email } }), createdById, count: Number(count), resetSeconds: Number(resetSeconds) };
}
