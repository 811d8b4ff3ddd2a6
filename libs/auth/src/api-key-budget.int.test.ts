import type { Database } from '@claimledger/db';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import { AppError, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendApiKey } from './api-key-budget';
import { createApiKey, revokeApiKey } from './api-keys';
import { rateLimitBucket } from './rate-limit';

let db: Database;
let admin: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestActor(db.prisma, 'admin');
});
afterAll(() => db.close());

const policy = { limit: 3, windowSeconds: 60 };
const bucketCount = async (keyId: string) =>
  (await db.prisma.rateLimitBucket.findUnique({ where: { key: rateLimitBucket.apiKey(keyId) } }))?.count ?? 0;
const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? [e.code, e.message] : e),
  );

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
    expect(await reason(spendApiKey(db.prisma, wrong, policy))).toEqual(['UNAUTHENTICATED', 'This API key is not valid.']);
    expect(await reason(spendApiKey(db.prisma, null, policy))).toEqual([
      'UNAUTHENTICATED',
      'Send an API key as "Authorization: Bearer clk_…".',
    ]);
    await revokeApiKey(db.prisma, admin, key.id);
    expect(await reason(spendApiKey(db.prisma, token, policy))).toEqual([
      'UNAUTHENTICATED',
      `This API key was revoked on ${new Date().toISOString().slice(0, 10)}.`,
    ]);
    expect(await bucketCount(key.id)).toBe(0);

    const expiring = await createApiKey(db.prisma, admin, { name: 'Expired', scopes: ['claims:read'], expiresInDays: 1 });
    await db.prisma.apiKey.update({ where: { id: expiring.key.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await reason(spendApiKey(db.prisma, expiring.token, policy))).toEqual([
      'UNAUTHENTICATED',
      expect.stringMatching(/^This API key expired on /),
    ]);
    expect(await bucketCount(expiring.key.id)).toBe(0);
  });
});
