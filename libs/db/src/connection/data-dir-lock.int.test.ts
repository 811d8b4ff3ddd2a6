import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './data-dir-lock';
import { openMigratedDatabase as openDatabase } from '../migrate/open-migrated';
import { startHolder } from './fixtures/start-holder';

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'claimledger-lock-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('embedded database ownership', () => {
  it('stops a second process with a clear message, then takes over once the owner is gone, losing no write', async () => {
    const dataDir = path.join(root, 'pglite');
    const holder = await startHolder(dataDir, 'written-by-holder');

    const error = await openDatabase({ databaseUrl: undefined, dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as Error).message).toContain(`in use by process ${holder.pid}`);
    expect((error as Error).message).toMatch(/stop that process first, or set DATABASE_URL/);

    await killed(holder);
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      expect(await db.prisma.publisher.count({ where: { name: 'written-by-holder' } })).toBe(1);
      await db.prisma.publisher.create({ data: { name: 'written-after-takeover' } });
    } finally {
      await db.close();
    }
    const reopened = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      const names = (await reopened.prisma.publisher.findMany({ select: { name: true } })).map((p) => p.name).sort();
      expect(names).toEqual(['written-after-takeover', 'written-by-holder']);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a second lock in the same process and frees it on release', () => {
    const dataDir = path.join(root, 'same-process');
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirBusyError);
    release();
    lockDataDir(dataDir)();
  });
});
