import { randomBytes } from 'node:crypto';
import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import type { Database } from '@claimledger/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieOptions } from './session-token';
import { resolveActor, signIn, type SignInThrottle } from './sessions';
import { createUser } from './users';

// Fault 9: sign-in throttling, the session cookie, session and bucket housekeeping.
const PASSWORD = 'correct horse battery';
const throttle: SignInThrottle = { account: { limit: 3, windowSeconds: 900 }, client: { limit: 5, windowSeconds: 900 } };

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const newUser = async () => {
  const email = `user.${uniqueSuffix()}@example.org`;
  await createUser(db.prisma, { email, role: 'reviewer', password: PASSWORD });
  return email;
};
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
const attempt = (email: string, password: string, clientAddress: string) =>
  signIn(db.prisma, { email, password }, { clientAddress, throttle }).then(
    () => 'ok',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

describe('fault 9: wrong passwords are throttled per account and per client address', () => {
  it('an account that had too many wrong passwords waits, even with the right one, from any address', async () => {
    const email = await newUser();
    const results: string[] = [];
    for (let i = 0; i < 3; i++) results.push(await attempt(email, `guess ${i}`, address()));
    expect(results).toEqual(Array(3).fill('UNAUTHENTICATED: Wrong email or password.'));
    const refused = await attempt(email, PASSWORD, address());
    // The window opens with the first wrong password, so the wait is the whole window, whatever the clock says.
    expect(refused).toBe('TOO_MANY_REQUESTS: Too many wrong passwords for this account. Try again in 15 minutes.');
    // Another account is not affected.
    expect(await attempt(await newUser(), PASSWORD, address())).toBe('ok');
  });

  it('an unknown email is throttled the same way (no hint that it does not exist)', async () => {
    const email = `nobody.${uniqueSuffix()}@example.org`;
    for (let i = 0; i < 3; i++) expect(await attempt(email, 'x', address())).toBe('UNAUTHENTICATED: Wrong email or password.');
    expect(await attempt(email, 'x', address())).toMatch(/^TOO_MANY_REQUESTS: Too many wrong passwords for this account/);
  });

  it('one address guessing across many accounts waits; other addresses do not', async () => {
    const from = address();
    for (let i = 0; i < 5; i++) expect(await attempt(await newUser(), 'wrong', from)).toMatch(/^UNAUTHENTICATED/);
    const victim = await newUser();
    expect(await attempt(victim, PASSWORD, from)).toMatch(/^TOO_MANY_REQUESTS: Too many wrong passwords for your address/);
    expect(await attempt(victim, PASSWORD, address())).toBe('ok');
  });

  it("a successful sign-in clears its account's count of wrong passwords", async () => {
    const email = await newUser();
    for (let i = 0; i < 2; i++) await attempt(email, 'wrong', address());
    expect(await attempt(email, PASSWORD, address())).toBe('ok');
    for (let i = 0; i < 2; i++) expect(await attempt(email, 'wrong', address())).toMatch(/^UNAUTHENTICATED/);
    expect(await attempt(email, PASSWORD, address())).toBe('ok');
  });
});

describe('fault 9: simultaneous wrong passwords cannot outrun the budget', () => {
  const tally = (results: string[]) => ({
    checked: results.filter((r) => r.startsWith('UNAUTHENTICATED')).length,
    refused: results.filter((r) => r.startsWith('TOO_MANY_REQUESTS')).length,
  });

  it('40 wrong passwords at once for one account: at most the limit are checked, the rest refused', async () => {
    const email = await newUser();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(email, `guess ${i}`, address())));
    expect(tally(results)).toEqual({ checked: 3, refused: 37 });
    expect(await attempt(email, PASSWORD, address())).toMatch(/^TOO_MANY_REQUESTS: Too many wrong passwords for this account/);
  });

  it('40 wrong passwords at once from one address: at most its limit are checked', async () => {
    const from = address();
    const emails = await Promise.all(Array.from({ length: 40 }, () => newUser()));
    const results = await Promise.all(emails.map((email) => attempt(email, 'wrong', from)));
    expect(tally(results)).toEqual({ checked: 5, refused: 35 });
  });

  it('successful sign-ins do not spend their address budget', async () => {
    const from = address();
    for (let i = 0; i < 8; i++) expect(await attempt(await newUser(), PASSWORD, from)).toBe('ok');
    for (let i = 0; i < 5; i++) expect(await attempt(await newUser(), 'wrong', from)).toMatch(/^UNAUTHENTICATED/);
    expect(await attempt(await newUser(), PASSWORD, from)).toMatch(
      /^TOO_MANY_REQUESTS: Too many wrong passwords for your address/,
    );
  });
});

describe('fault 9: the session cookie is Secure whenever the public URL is https', () => {
  it.each([
    ['https://claims.example.org', true],
    ['HTTPS://claims.example.org/base', true],
    ['http://localhost:3000', false],
  ])('%s → secure %s', (url, secure) => {
    const expires = new Date('2030-01-01T00:00:00Z');
    expect(sessionCookieOptions(url, expires)).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure, expires });
  });
});

describe('fault 9: housekeeping', () => {
  it("a sign-in deletes expired sessions (anyone's) and keeps live ones", async () => {
    const email = await newUser();
    const other = await db.prisma.user.findUniqueOrThrow({ where: { email: await newUser() } });
    const expired = randomBytes(16).toString('hex');
    const live = randomBytes(16).toString('hex');
    await db.prisma.session.create({ data: { tokenHash: expired, userId: other.id, expiresAt: new Date(Date.now() - 1000) } });
    await db.prisma.session.create({ data: { tokenHash: live, userId: other.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await attempt(email, PASSWORD, address())).toBe('ok');
    expect(await db.prisma.session.count({ where: { tokenHash: expired } })).toBe(0);
    expect(await db.prisma.session.count({ where: { tokenHash: live } })).toBe(1);
    expect(await db.prisma.session.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });

  it('a sign-in deletes rate-limit buckets older than a day and keeps current ones', async () => {
    const stale = `test-stale:${uniqueSuffix()}`;
    const current = `test-current:${uniqueSuffix()}`;
    await db.prisma.rateLimitBucket.create({
      data: { key: stale, windowStart: new Date(Date.now() - 2 * 86_400_000), count: 9 },
    });
    await db.prisma.rateLimitBucket.create({ data: { key: current, windowStart: new Date(), count: 1 } });
    expect(await attempt(await newUser(), PASSWORD, address())).toBe('ok');
    expect(await db.prisma.rateLimitBucket.count({ where: { key: stale } })).toBe(0);
    expect(await db.prisma.rateLimitBucket.count({ where: { key: current } })).toBe(1);
  });

  it('resolving a session writes lastSeenAt, at most once a minute', async () => {
    const email = await newUser();
    const { token, user } = await signIn(db.prisma, { email, password: PASSWORD });
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.prisma.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: twoMinutesAgo } });
    expect(await resolveActor(db.prisma, token)).toMatchObject({ id: user.id });
    const seen = (await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
    // Seen 30 s ago: not rewritten.
    const recently = new Date(Date.now() - 30_000);
    await db.prisma.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: recently } });
    await resolveActor(db.prisma, token);
    expect((await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt).toEqual(recently);
  });
});
