import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import type { Database } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor, signIn, signOut } from './sessions';
import { createUser } from './users';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('users and sessions', () => {
  it('creates a user with a one-time password, stores only an argon2id hash', async () => {
    const email = `Ed.${uniqueSuffix()}@Example.org`;
    const { user, oneTimePassword } = await createUser(db.prisma, { email, role: 'editor' });
    expect(user.email).toBe(email.toLowerCase());
    expect(oneTimePassword).toMatch(/^[\w-]{24}$/);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(oneTimePassword ?? '');
    await expect(createUser(db.prisma, { email, role: 'viewer' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('signs in, resolves the actor from the token, and signs out', async () => {
    const email = `rev.${uniqueSuffix()}@example.org`;
    await createUser(db.prisma, { email, role: 'reviewer', password: 'correct horse battery' });
    const { token, user } = await signIn(db.prisma, { email, password: 'correct horse battery' });
    const stored = await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(await resolveActor(db.prisma, token)).toEqual({ id: user.id, label: email, role: 'reviewer' });
    await signOut(db.prisma, token);
    expect(await resolveActor(db.prisma, token)).toBeNull();
  });

  it('fails the same way for a wrong password and an unknown email', async () => {
    const email = `v.${uniqueSuffix()}@example.org`;
    await createUser(db.prisma, { email, role: 'viewer', password: 'a long enough password' });
    const wrong = await signIn(db.prisma, { email, password: 'nope' }).catch((e: unknown) => e);
    const unknown = await signIn(db.prisma, { email: `x${email}`, password: 'nope' }).catch((e: unknown) => e);
    for (const e of [wrong, unknown]) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('UNAUTHENTICATED');
      expect((e as AppError).message).toBe('Wrong email or password.');
    }
  });

  it('refuses short passwords, expired sessions and unknown tokens', async () => {
    await expect(
      createUser(db.prisma, { email: `s.${uniqueSuffix()}@example.org`, role: 'viewer', password: 'short' }),
    ).rejects.toThrow(/12 characters/);
    const email = `e.${uniqueSuffix()}@example.org`;
    await createUser(db.prisma, { email, role: 'viewer', password: 'a long enough password' });
    const { token, user } = await signIn(db.prisma, { email, password: 'a long enough password' });
    await db.prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveActor(db.prisma, token)).toBeNull();
    expect(await resolveActor(db.prisma, 'not-a-token')).toBeNull();
    expect(await resolveActor(db.prisma, undefined)).toBeNull();
  });
});
