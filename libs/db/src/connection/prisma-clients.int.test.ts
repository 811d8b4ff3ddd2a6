import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchDatabase, postgresServerUrl, postgresUnreachable } from '../testing';
import { postgresDatabase, type Database } from './prisma-clients';

const unreachable = await postgresUnreachable();
if (unreachable) console.warn(`idle-connection test skipped: ${unreachable}`);

describe.skipIf(unreachable !== null)('a PostgreSQL database whose server drops idle connections', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(postgresServerUrl(), 'idle_drop');
    db = postgresDatabase(scratch.url);
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('drops them from the pool with a warning, and the next query opens a new one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      const admin = new pg.Client({ connectionString: scratch.url });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        expect(rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^PostgreSQL dropped an idle connection/)));
      expect(await db.prisma.$queryRaw`SELECT 2 AS n`).toEqual([{ n: 2 }]);
    } finally {
      warn.mockRestore();
    }
  });
});
