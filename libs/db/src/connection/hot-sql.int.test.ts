import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { createTestActor, openTestDatabase, testDatabaseUrl, uniqueSuffix } from '../testing';
import { attachPool, queryRows } from './hot-sql';
import type { Database } from './prisma-clients';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

// The list reporter prints a skipped test's title, never its reason: the reason goes in the title.
const pgOnly = testDatabaseUrl()
  ? '(PostgreSQL only)'
  : '(PostgreSQL only: skipped on the embedded database; set DATABASE_URL, as .ci/run does, to run it)';

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

  it.skipIf(!testDatabaseUrl())(`prepares each hot statement once per connection ${pgOnly}`, async () => {
    const email = `none-${uniqueSuffix()}@example.org`;
    for (let i = 0; i < 3; i++) await queryRows<UserRow>(db.prisma, userByEmail(email));
    const prepared = await queryRows<{ n: number }>(
      db.prisma,
      Prisma.sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'claimledger_%'`,
    );
    expect(prepared[0]?.n).toBeGreaterThan(0);
  });

  it.skipIf(!testDatabaseUrl())(`compiles nothing with JIT in a migrated database ${pgOnly}`, async () => {
    // Set on the database by a migration: new sessions start without it.
    const [row] = await queryRows<{ jit: string }>(db.prisma, Prisma.sql`SELECT current_setting('jit') AS jit`, {
      prepare: false,
    });
    expect(row?.jit).toBe('off');
  });

  it.skipIf(!testDatabaseUrl())(`never starts parallel workers for a serial statement ${pgOnly}`, async () => {
    // Connections whose planner picks parallel plans for any table, and that report each
    // statement's executed plan to the client (auto_explain at NOTICE level).
    const settings = {
      session_preload_libraries: 'auto_explain',
      'auto_explain.log_min_duration': 0,
      'auto_explain.log_analyze': 'on',
      'auto_explain.log_level': 'notice',
      parallel_setup_cost: 0,
      parallel_tuple_cost: 0,
      min_parallel_table_scan_size: 0,
    };
    const options = Object.entries(settings)
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(' ');
    const pool = new pg.Pool({ connectionString: testDatabaseUrl() ?? undefined, options, max: 1 });
    const launched: number[] = [];
    pool.on('connect', (client) =>
      client.on('notice', (notice) => {
        const workers = notice.message?.match(/Workers Launched: (\d+)/);
        if (workers) launched.push(Number(workers[1]));
      }),
    );
    const db = {} as PrismaClient;
    attachPool(db, pool);
    const count = Prisma.sql`SELECT count(*)::int AS n FROM pg_attribute`;
    try {
      await queryRows(db, count, { prepare: false });
      expect(launched).toEqual([2]);
      const [serial] = await queryRows<{ n: number }>(db, count, { prepare: false, serial: true });
      expect(launched).toEqual([2, 0]);
      expect(serial?.n).toBeGreaterThan(100);
    } finally {
      await pool.end();
    }
  });
});
