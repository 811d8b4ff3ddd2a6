import type { Database } from '@claimledger/db';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import { AppError, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendApiKey } from './api-key-budget';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys';
import { rateLimitBucket } from './rate-limit';

let db: Database;
let admin: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestActor(db.prisma, 'admin');
});
afterAll(() => db.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? [e.code, e.message] : e),
  );

describe('API keys', () => {
  it('are shown once, stored as a hash with a visible prefix, and authenticate with their scope', async () => {
    const { key, token } = await createApiKey(db.prisma, admin, {
      name: 'Newsroom widget',
      scopes: ['claims:read'],
      expiresInDays: 30,
    });
    expect(token).toMatch(new RegExp(`^clk_${key.prefix}_[A-Za-z0-9_-]{43}$`));
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    // The secret is base64url and may hold "_" itself: take everything after the prefix.
    const secret = token.slice('clk_'.length + 10 + 1);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(key).not.toHaveProperty('hash');
    const { key: used, actor } = await authenticateApiKey(db.prisma, token, 'claims:read');
    expect(used.id).toBe(key.id);
    expect(actor).toEqual({ id: null, label: `api-key:${key.prefix}`, role: 'viewer' });
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeInstanceOf(Date);
    expect((await listApiKeys(db.prisma, admin)).map((k) => k.id)).toContain(key.id);
  });

  it('refuses missing, malformed, wrong, expired and revoked keys (401) and a missing scope (403), each with a clear reason', async () => {
    const { key, token } = await createApiKey(db.prisma, admin, {
      name: 'Short-lived',
      scopes: ['claims:read'],
      expiresInDays: 1,
    });
    expect(await failure(authenticateApiKey(db.prisma, null, 'claims:read'))).toEqual([
      'UNAUTHENTICATED',
      'Send an API key as "Authorization: Bearer clk_…".',
    ]);
    expect(await failure(authenticateApiKey(db.prisma, 'not-a-key', 'claims:read'))).toEqual([
      'UNAUTHENTICATED',
      'This API key is not valid.',
    ]);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await failure(authenticateApiKey(db.prisma, tampered, 'claims:read'))).toEqual([
      'UNAUTHENTICATED',
      'This API key is not valid.',
    ]);
    expect(await failure(authenticateApiKey(db.prisma, token, 'webhooks:manage'))).toEqual([
      'FORBIDDEN',
      'This API key lacks the scope webhooks:manage (it has: claims:read).',
    ]);
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await failure(authenticateApiKey(db.prisma, token, 'claims:read', later))).toEqual([
      'UNAUTHENTICATED',
      `This API key expired on ${key.expiresAt?.toISOString().slice(0, 10)}.`,
    ]);
    await revokeApiKey(db.prisma, admin, key.id);
    expect(await failure(authenticateApiKey(db.prisma, token, 'claims:read'))).toEqual([
      'UNAUTHENTICATED',
      `This API key was revoked on ${new Date().toISOString().slice(0, 10)}.`,
    ]);
  });

  it('are managed by admins only', async () => {
    const editor = await createTestActor(db.prisma, 'editor');
    expect(await failure(createApiKey(db.prisma, editor, { name: 'x', scopes: ['claims:read'] }))).toEqual([
      'FORBIDDEN',
      'Your role (editor) does not allow key:manage.',
    ]);
    expect(await failure(createApiKey(db.prisma, admin, { name: 'x', scopes: [] }))).toEqual([
      'BAD_INPUT',
      expect.stringContaining('give the key at least one scope'),
    ]);
  });
});

const policy = { limit: 3, windowSeconds: 60 };
const bucketCount = async (keyId: string) =>
  (await db.prisma.rateLimitBucket.findUnique({ where: { key: rateLimitBucket.apiKey(keyId) } }))?.count ?? 0;
describe('spendApiKey (one statement on the hot path)', () => {
  it('identifies the key, counts each request in its bucket and stamps its last use', async () => {
    const { key, token } = await createApiKey(db.prisma, admin, { name: 'Budget', scopes: ['claims:read'] });
    const first = await spendApiKey(db.prisma, token, policy);
    expect(first.key).toEqual(key);
    expect(first.actor).toEqual({ id: null, label: `api-key:${key.prefix}`, role: 'viewer' });
    expect(first.ownerId).toBe(admin.id);
    expect(first.budget).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
    expect(first.budget.resetSeconds).toBeGreaterThan(55);
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeInstanceOf(Date);
    await spendApiKey(db.prisma, token, policy);
    await spendApiKey(db.prisma, token, policy);
    const fourth = await spendApiKey(db.prisma, token, policy);
    expect(fourth.budget).toMatchObject({ allowed: false, remaining: 0 });
    expect(fourth.budget.headers['Retry-After']).toMatch(/^\d+$/);
    expect(await bucketCount(key.id)).toBe(4);
  });

  it('counts concurrent requests exactly', async () => {
    const { key, token } = await createApiKey(db.prisma, admin, { name: 'Concurrent', scopes: ['claims:read'] });
    const spent = await Promise.all(
      Array.from({ length: 20 }, () => spendApiKey(db.prisma, token, { limit: 12, windowSeconds: 60 })),
    );
    expect(spent.filter((s) => s.budget.allowed)).toHaveLength(12);
    expect(await bucketCount(key.id)).toBe(20);
  });

  it('refuses wrong, revoked and expired keys with their reason and charges no key', async () => {
    const { key, token } = await createApiKey(db.prisma, admin, { name: 'Refused', scopes: ['claims:read'] });
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await failure(spendApiKey(db.prisma, wrong, policy))).toEqual(['UNAUTHENTICATED', 'This API key is not valid.']);
    expect(await failure(spendApiKey(db.prisma, null, policy))).toEqual([
      'UNAUTHENTICATED',
      'Send an API key as "Authorization: Bearer clk_…".',
    ]);
    await revokeApiKey(db.prisma, admin, key.id);
    expect(await failure(spendApiKey(db.prisma, token, policy))).toEqual([
      'UNAUTHENTICATED',
      `This API key was revoked on ${new Date().toISOString().slice(0, 10)}.`,
    ]);
    expect(await bucketCount(key.id)).toBe(0);

    const expiring = await createApiKey(db.prisma, admin, { name: 'Expired', scopes: ['claims:read'], expiresInDays: 1 });
    await db.prisma.apiKey.update({ where: { id: expiring.key.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await failure(spendApiKey(db.prisma, expiring.token, policy))).toEqual([
      'UNAUTHENTICATED',
      expect.stringMatching(/^This API key expired on /),
    ]);
    expect(await bucketCount(expiring.key.id)).toBe(0);
  });
});
