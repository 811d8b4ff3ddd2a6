import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { createScratchDatabase, createTestActor, isReachable, uniqueSuffix } from '@claimledger/db/testing';
import type { Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { moveClaimState } from './move-claim-state';
import { updateClaimFields } from './update-claim-fields';

// Fault 12: a save that loses to a concurrent one is told whose change won, on PGlite and on
// PostgreSQL alike. PostgreSQL runs the two transactions side by side, so the loser's
// version-checked UPDATE finds no row (PGlite runs them one after the other, so the loser sees
// the new version when it reads).

const PG_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

const postgresUp = await isReachable('127.0.0.1', 5432);
if (!postgresUp) console.warn('fault 12 on PostgreSQL skipped: nothing listens on 127.0.0.1:5432');

type Setup = { db: Database; a: Actor; b: Actor };

async function newClaim(db: Database): Promise<{ id: string; version: number }> {
  const result = await ingestArticle(db.prisma, {
    body: `Conflicts ${uniqueSuffix()}. Ferries carried 2 million cars in 2021.`,
    format: 'text',
  });
  const claim = result.article.claims[0];
  if (!claim) throw new Error('the article has no claim');
  return { id: claim.id, version: claim.version };
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

describe('fault 12: a losing concurrent save names the earlier change', () => {
  describe('on PGlite', () => {
    let s: Setup;
    let dir = '';
    beforeAll(async () => {
      // Always PGlite, also when the run's database is PostgreSQL.
      dir = await mkdtemp(path.join(tmpdir(), 'security-conflicts-'));
      const db = await openMigratedDatabase({ databaseUrl: undefined, dataDir: path.join(dir, 'pglite') });
      s = { db, a: await createTestActor(db.prisma, 'editor', 'Ada'), b: await createTestActor(db.prisma, 'editor', 'Bo') };
    });
    afterAll(async () => {
      await s.db.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('two field edits at the same version: one saves, the other hears who changed what', async () => {
      const claim = await newClaim(s.db);
      const [first, second] = await Promise.all([
        outcome(
          updateClaimFields(s.db.prisma, s.a, {
            id: claim.id,
            expectedVersion: claim.version,
            fields: { speaker: 'Ada Lovelace' },
          }),
        ),
        outcome(
          updateClaimFields(s.db.prisma, s.b, { id: claim.id, expectedVersion: claim.version, fields: { unit: 'ferries' } }),
        ),
      ]);
      expect([first, second].filter((r) => r === 'saved')).toHaveLength(1);
      const lost = first === 'saved' ? second : first;
      const winner = first === 'saved' ? 'Ada' : 'Bo';
      expect(lost).toMatch(
        new RegExp(`^CONFLICT: This claim was changed by ${winner} \\(changed (speaker|unit)\\) since you opened it`),
      );
    });
  });

  describe.skipIf(!postgresUp)('on PostgreSQL (127.0.0.1:5432)', () => {
    let s: Setup;
    let holder: Database;
    let scratch: { url: string; drop: () => Promise<void> };
    beforeAll(async () => {
      scratch = await createScratchDatabase(PG_SERVER, 'security_conflicts');
      const db = await openMigratedDatabase({ databaseUrl: scratch.url, migratePostgres: true });
      holder = await openMigratedDatabase({ databaseUrl: scratch.url });
      s = { db, a: await createTestActor(db.prisma, 'editor', 'Ada'), b: await createTestActor(db.prisma, 'editor', 'Bo') };
    });
    afterAll(async () => {
      await s?.db.close();
      await holder?.close();
      await scratch?.drop();
    });

    /**
     * Runs two saves so that both read the claim at the same version before either writes: a
     * transaction on another connection holds the claim's row lock until both saves wait on it.
     */
    async function race(first: () => Promise<unknown>, second: () => Promise<unknown>, claimId: string): Promise<string[]> {
      let results: Promise<string[]> = Promise.resolve([]);
      await holder.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId} FOR UPDATE`;
          results = Promise.all([outcome(first()), outcome(second())]);
          for (;;) {
            const [waiting] = await tx.$queryRaw<Array<{ n: number }>>`
              SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
              WHERE NOT l.granted AND a.datname = current_database()`;
            if ((waiting?.n ?? 0) >= 2) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      // The lock is released: the saves go on, one after the other.
      return results;
    }

    it('two field edits racing: one saves, the other hears who changed what', async () => {
      const claim = await newClaim(s.db);
      const results = await race(
        () =>
          updateClaimFields(s.db.prisma, s.a, {
            id: claim.id,
            expectedVersion: claim.version,
            fields: { speaker: 'Ada Lovelace' },
          }),
        () => updateClaimFields(s.db.prisma, s.b, { id: claim.id, expectedVersion: claim.version, fields: { unit: 'ferries' } }),
        claim.id,
      );
      expect(results.filter((r) => r === 'saved')).toHaveLength(1);
      const lost = results.find((r) => r !== 'saved') ?? '';
      const winner = results[0] === 'saved' ? 'Ada' : 'Bo';
      expect(lost).toMatch(
        new RegExp(
          `^CONFLICT: This claim was changed by ${winner} \\(changed (speaker|unit)\\) since you opened it: it is now "new", version ${claim.version + 1}\\.`,
        ),
      );
    });

    it('a state move racing a field edit: the loser hears who changed what', async () => {
      const claim = await newClaim(s.db);
      const results = await race(
        () => moveClaimState(s.db.prisma, s.a, { id: claim.id, expectedVersion: claim.version, to: 'in_review' }),
        () => updateClaimFields(s.db.prisma, s.b, { id: claim.id, expectedVersion: claim.version, fields: { unit: 'ferries' } }),
        claim.id,
      );
      expect(results.filter((r) => r === 'saved')).toHaveLength(1);
      const lost = results.find((r) => r !== 'saved') ?? '';
      expect(lost).toMatch(
        /^CONFLICT: This claim was changed by \S+ \((moved it to in_review|changed unit)\) since you opened it/,
      );
    });
  });
});
