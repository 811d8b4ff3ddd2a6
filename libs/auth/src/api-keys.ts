import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ZCreateApiKeyInput,
  parseInput,
  type TApiKey,
  type TCreateApiKeyInput,
  type TCreatedApiKey,
} from '@claimledger/contracts';
import {
  findApiKeyByPrefix,
  insertApiKey,
  listApiKeys as listKeys,
  revokeApiKeyRow,
  touchApiKey,
  type DbClient,
} from '@claimledger/db';
import { AppError, can, type Actor, type ApiScope } from '@claimledger/domain';

export const TOKEN = /^clk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export const sha256 = (text: string) => createHash('sha256').update(text).digest();

function requireKeyManager(actor: Actor): string {
  if (!can(actor.role, 'key:manage')) throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow key:manage.`);
  if (!actor.id)
    throw new AppError('FORBIDDEN', 'API keys belong to a user: create them as a signed-in admin or with the CLI as an admin.');
  return actor.id;
}

/**
 * A new API key: `clk_<prefix>_<secret>`, shown once. Only the sha256 of the whole token is
 * stored (the secret is 256 random bits, so a fast hash is enough); the prefix stays visible.
 */
export async function createApiKey(
  db: DbClient,
  actor: Actor,
  raw: TCreateApiKeyInput,
  now = new Date(),
): Promise<TCreatedApiKey> {
  const input = parseInput(ZCreateApiKeyInput, raw);
  const createdById = requireKeyManager(actor);
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const token = `clk_${prefix}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const key = await insertApiKey(db, {
    name: input.name,
    prefix,
    hash: sha256(token).toString('hex'),
    scopes: input.scopes,
    expiresAt,
    createdById,
  });
  return { key, token };
}

export function listApiKeys(db: DbClient, actor: Actor): Promise<TApiKey[]> {
  requireKeyManager(actor);
  return listKeys(db);
}

export async function revokeApiKey(db: DbClient, actor: Actor, id: string, now = new Date()): Promise<TApiKey> {
  requireKeyManager(actor);
  const key = await revokeApiKeyRow(db, id, now);
  if (!key) throw new AppError('NOT_FOUND', `API key ${id} not found.`);
  return key;
}

/** The key, the read-only actor it acts as, and the admin who owns it (for what it registers). */
export type ApiKeyActor = { key: TApiKey; actor: Actor; ownerId: string };

/**
 * The key behind a presented token, checked for format, hash, revocation and expiry, not
 * scope: unknown and wrong tokens fail alike (401). The API charges the key's budget between
 * this and requireApiScope, so that calls a key may not make still spend its budget.
 */
export async function identifyApiKey(
  db: DbClient,
  token: string | null,
  now = new Date(),
  options: { recordUse: boolean } = { recordUse: true },
): Promise<ApiKeyActor> {
  if (!token) throw new AppError('UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer clk_…".');
  const match = TOKEN.exec(token);
  const key = match?.[1] ? await findApiKeyByPrefix(db, match[1]) : null;
  if (!key || !timingSafeEqual(Buffer.from(key.hash, 'hex'), sha256(token)))
    throw new AppError('UNAUTHENTICATED', 'This API key is not valid.');
  if (key.revokedAt)
    throw new AppError('UNAUTHENTICATED', `This API key was revoked on ${key.revokedAt.toISOString().slice(0, 10)}.`);
  if (key.expiresAt && key.expiresAt <= now)
    throw new AppError('UNAUTHENTICATED', `This API key expired on ${key.expiresAt.toISOString().slice(0, 10)}.`);
  // The API's rate limiter stamps the last use in its own statement; other callers do it here
  // (in the database, at most once a minute per key).
  if (options.recordUse) await touchApiKey(db, key.id, now);
  const { hash: _hash, createdById, ...visible } = key;
  return { key: visible, actor: keyActor(visible), ownerId: createdById };
}

/** The read-only system actor a key acts as. */
export const keyActor = (key: Pick<TApiKey, 'prefix'>): Actor => ({ id: null, label: `api-key:${key.prefix}`, role: 'viewer' });

/** A valid key without `scope` is 403. */
export function requireApiScope(key: Pick<TApiKey, 'scopes'>, scope: ApiScope): void {
  if (!key.scopes.includes(scope))
    throw new AppError('FORBIDDEN', `This API key lacks the scope ${scope} (it has: ${key.scopes.join(', ')}).`);
}

/** identifyApiKey, then requireApiScope: 401 for a bad token, 403 for a missing scope. */
export async function authenticateApiKey(
  db: DbClient,
  token: string | null,
  scope: ApiScope,
  now = new Date(),
  options: { recordUse: boolean } = { recordUse: true },
): Promise<ApiKeyActor> {
  const identified = await identifyApiKey(db, token, now, { recordUse: false });
  requireApiScope(identified.key, scope);
  if (options.recordUse) await touchApiKey(db, identified.key.id, now);
  return identified;
}
