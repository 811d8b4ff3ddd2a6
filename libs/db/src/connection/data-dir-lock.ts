import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZLockOwner = z.object({ pid: z.number().int(), command: z.string(), since: z.string() });
export type TLockOwner = z.infer<typeof ZLockOwner>;

/** Another live process owns the embedded database directory. */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
  constructor(
    readonly dataDir: string,
    readonly owner: TLockOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}). ` +
        'PGlite allows one process per data directory: stop that process first, or set DATABASE_URL to use PostgreSQL.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): TLockOwner | null {
  try {
    return ZLockOwner.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Takes an exclusive, PID-checked lock on a data directory. A lock left by a dead process
 * is taken over; a live owner makes this throw DataDirBusyError. Returns the release function.
 */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(' ')): () => void {
  // Beside the directory, not in it: PGlite initialises only an empty or existing cluster.
  const file = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const owner: TLockOwner = { pid: process.pid, command: command || 'node', since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readOwner(file)?.pid === process.pid) unlinkSync(file);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner && (owner.pid === process.pid || isAlive(owner.pid))) throw new DataDirBusyError(dataDir, owner);
      unlinkSync(file);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
