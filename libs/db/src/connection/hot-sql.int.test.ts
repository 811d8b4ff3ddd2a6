import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../generated/prisma/client';
import { createTestActor, openTestDatabase, testDatabaseUrl, uniqueSuffix } from '../testing';
import { queryRows } from './hot-sql';
import type { Database } from './prisma-clients';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

type UserRow = { id: string; email: string; createdAt: Date };
const userByEmail = (email: string) => Prisma.sql`SELECT "id", "email", "createdAt" FROM "User" WHERE "email" = ${email}`;

describe('queryRows (hot statements)', () => {
  it('reads what Prisma reads, timestamps as UTC whatever the time zone', async () => {
    const actor = await createTestActor(db.prisma, 'viewer');
    const { email } = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.id ?? '' } });
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      const viaPrisma = await db.prisma.$queryRaw<UserRow[]>(userByEmail(email));
      const [hot] = await queryRows<UserRow>(db.prisma, userByEmail(email));
      expect(hot).toEqual(viaPrisma[0]);
      expect(hot?.createdAt.getTime()).toBeCloseTo(Date.now(), -5);
      // Again, through the statement prepared on the first call.
      expect(await queryRows<UserRow>(db.prisma, userByEmail(email))).toEqual(viaPrisma);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('runs inside a transaction on the transaction, seeing its uncommitted rows', async () => {
    const email = `hot-${uniqueSuffix()}@example.org`;
    await db.prisma
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email, name: 'Hot', role: 'viewer', passwordHash: 'x' } });
        expect(await queryRows<UserRow>(tx, userByEmail(email))).toHaveLength(1);
        expect(await queryRows<UserRow>(db.prisma, userByEmail(email))).toHaveLength(0);
        throw new Error('roll back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'roll back')) throw error;
      });
    expect(await queryRows<UserRow>(db.prisma, userByEmail(email))).toHaveLength(0);
  });

  it.skipIf(!testDatabaseUrl())('prepares each hot statement once per connection (PostgreSQL only)', async () => {
    const email = `none-${uniqueSuffix()}@example.org`;
    for (let i = 0; i < 3; i++) await queryRows<UserRow>(db.prisma, userByEmail(email));
    const prepared = await queryRows<{ n: number }>(
      db.prisma,
      Prisma.sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'claimledger_%'`,
    );
    expect(prepared[0]?.n).toBeGreaterThan(0);
  });
});
