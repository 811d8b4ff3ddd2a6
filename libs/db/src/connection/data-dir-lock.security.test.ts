import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findWorkspaceRoot } from '../env';
import { openMigrationTarget } from '../migrate/migration-target';
import { openMigratedDatabase as openDatabase } from '../migrate/open-migrated';
import { openDatabase as openWithoutMigrating } from './open-database';
import { startHolder } from './fixtures/start-holder';
import { DataDirBusyError, DataDirPathError, lockDataDir } from './data-dir-lock';

// Fault 13: the embedded database's lock after kill -9, and symlinked data directories.
/** The process state letter from /proc (Z: zombie, killed but not yet reaped by its parent). */
function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/** Blocks the thread (so Node cannot reap the child) until `pid` is a zombie. */
function waitForZombieSync(pid: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (processState(pid) !== 'Z') Atomics.wait(pause, 0, 0, 5);
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'security-lock-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe.skipIf(process.platform !== 'linux')('fault 13: the lock right after kill -9 of its owner', () => {
  it('a lock held by a killed (not yet reaped) process is taken over at once, and its writes are kept', async () => {
    const dataDir = path.join(root, 'killed');
    const holder = await startHolder(dataDir, 'written-before-kill');
    const pid = holder.pid ?? 0;
    holder.removeAllListeners('exit');
    const exited = new Promise<void>((resolve) => holder.once('exit', () => resolve()));

    // Everything from the kill to the lock runs without yielding: the owner is dead but still
    // a zombie, which `kill(pid, 0)` reports as alive.
    process.kill(pid, 'SIGKILL');
    waitForZombieSync(pid);
    let takenOver: unknown = null;
    try {
      lockDataDir(dataDir)();
    } catch (error) {
      takenOver = error;
    }
    expect(takenOver).toBeNull();

    await exited;
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      expect(await db.prisma.publisher.count({ where: { name: 'written-before-kill' } })).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('a live owner is still refused with its pid', async () => {
    const dataDir = path.join(root, 'live');
    const holder = await startHolder(dataDir, 'live');
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DataDirBusyError);
      expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${holder.pid}`);
    } finally {
      holder.removeAllListeners('exit');
      const exited = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
      holder.kill('SIGKILL');
      await exited;
    }
  });
});

describe('fault 13: a symlinked data directory', () => {
  it('opens through the link, and the link and the real path share one lock', async () => {
    const real = path.join(root, 'real-data');
    await mkdir(real, { recursive: true });
    const link = path.join(root, 'linked-data');
    symlinkSync(real, link, 'dir');
    const db = await openDatabase({ databaseUrl: undefined, dataDir: link });
    try {
      await db.prisma.publisher.create({ data: { name: 'through-the-link' } });
      const busy = await openDatabase({ databaseUrl: undefined, dataDir: real }).catch((e: unknown) => e);
      expect(busy).toBeInstanceOf(DataDirBusyError);
    } finally {
      await db.close();
    }
    const direct = await openDatabase({ databaseUrl: undefined, dataDir: real });
    try {
      expect(await direct.prisma.publisher.count({ where: { name: 'through-the-link' } })).toBe(1);
    } finally {
      await direct.close();
    }
  });

  it('a dangling link is refused with a message naming it', async () => {
    const link = path.join(root, 'dangling');
    symlinkSync(path.join(root, 'nowhere'), link, 'dir');
    const error = await openDatabase({ databaseUrl: undefined, dataDir: path.join(link, 'pglite') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirPathError);
    expect((error as Error).message).toContain(
      `goes through the symbolic link ${link} to ${path.join(root, 'nowhere')}, which does not exist`,
    );
  });
});

describe('fault 13: the migration script and the app open one data directory', () => {
  /** A real directory and a symbolic link to it, both new. */
  async function linkedDir(name: string) {
    const real = path.join(root, `${name}-real`);
    await mkdir(real, { recursive: true });
    const link = path.join(root, `${name}-link`);
    symlinkSync(real, link, 'dir');
    return { real: realpathSync(real), link };
  }

  it("the script's target opens through the link and holds the lock the app takes on the real path", async () => {
    const { real, link } = await linkedDir('target');
    const opened = await openMigrationTarget({ databaseUrl: undefined, dataDir: link });
    try {
      expect(opened.where).toBe(`embedded PGlite at ${real}`);
      const busy = await openDatabase({ databaseUrl: undefined, dataDir: real }).catch((e: unknown) => e);
      expect(busy).toBeInstanceOf(DataDirBusyError);
      expect(() => lockDataDir(real)).toThrow(`in use by process ${process.pid}`);
    } finally {
      await opened.close();
    }
    lockDataDir(real)();
  });

  it('`prisma/migrate.ts deploy` with a symlinked CLAIMLEDGER_DATA_DIR migrates the directory the app then opens', async () => {
    const { real, link } = await linkedDir('script');
    const workspace = findWorkspaceRoot();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(workspace, 'prisma/migrate.ts'), 'deploy'], {
      cwd: workspace,
      env: { ...process.env, DATABASE_URL: '', CLAIMLEDGER_DATA_DIR: link },
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.stderr).not.toMatch(/errno/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Applied to embedded PGlite at ${real}: `);
    // Migrated where the app looks: opening without migrating passes the migrations check.
    const db = await openWithoutMigrating({ databaseUrl: undefined, dataDir: real });
    await db.close();
  }, 180_000);
});

describe('fault 13: a lock file whose owner is not written yet', () => {
  const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

  it.each([
    ['empty', ''],
    ['cut off mid-write', '{"pid":12'],
  ])('a fresh %s lock file counts as held; an old one is taken over', (_label, content) => {
    const dataDir = path.join(root, `partial-${content.length}`);
    const file = lockFileOf(dataDir);
    writeFileSync(file, content);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dataDir)).toThrow('locking it just now');
    expect(readFileSync(file, 'utf8')).toBe(content);

    const old = new Date(Date.now() - 5_000);
    utimesSync(file, old, old);
    const release = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });
});
