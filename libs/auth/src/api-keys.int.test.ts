import type { Database } from '@claimledger/db';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import { AppError, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys';

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
