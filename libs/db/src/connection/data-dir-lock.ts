import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZLockOwner = z.object({
  pid: z.number().int(),
  command: z.string(),
  since: z.string(),
  /** The owner's start time in clock ticks since boot (Linux /proc), so a reused pid is not taken for the owner. */
  startTicks: z.number().int().nullable().optional(),
});
export type TLockOwner = z.infer<typeof ZLockOwner>;

/** Another live process owns the embedded database directory (owner null: it is writing its lock just now). */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
  constructor(
    readonly dataDir: string,
    readonly owner: TLockOwner | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${owner ? `process ${owner.pid} (${owner.command}, since ${owner.since})` : 'another process that is locking it just now'}. ` +
        'PGlite allows one process per data directory: stop that process first, or set DATABASE_URL to use PostgreSQL.',
    );
  }
}

/** The data directory cannot be used as given (a dangling symbolic link, or not a directory). */
export class DataDirPathError extends Error {
  override name = 'DataDirPathError';
}

/** Linux: the state letter and start time of a process from /proc/<pid>/stat; null elsewhere or when gone. */
function procStat(pid: number): { state: string; startTicks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTicks: Number(fields[19]) };
  } catch {
    return null;
  }
}

/**
 * Whether the lock's owner still runs. A process killed with SIGKILL stays a zombie until its
 * parent reaps it, and `kill(pid, 0)` still succeeds on a zombie: it counts as dead here. A pid
 * now used by another process (different start time) counts as dead too.
 */
function isOwnerAlive(owner: TLockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(owner.pid);
  if (!stat) return process.platform !== 'linux';
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return owner.startTicks == null || owner.startTicks === stat.startTicks;
}

/**
 * A lock file without a readable owner this young is being written by the process taking the
 * lock (it creates the file, then writes its owner); only an older one is left by a crash.
 */
export const PARTIAL_LOCK_GRACE_MS = 2_000;

function isRecent(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < PARTIAL_LOCK_GRACE_MS;
  } catch {
    return false;
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
 * The data directory's real path: symbolic links (of the directory or its parents) resolved,
 * so that PGlite gets a plain directory and two spellings of one directory share one lock. A
 * directory that does not exist yet resolves through its nearest existing parent. A dangling
 * link, or a path that is not a directory, is refused with a message.
 */
export function resolveDataDir(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  let existing = absolute;
  const rest: string[] = [];
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    const target = lstatSync(existing).isSymbolicLink() ? readlinkSync(existing) : '?';
    throw new DataDirPathError(
      `The embedded database directory ${dataDir} goes through the symbolic link ${existing} to ${target}, which does not exist. ` +
        'Create the target directory, point CLAIMLEDGER_DATA_DIR at a real directory, or set DATABASE_URL.',
    );
  }
  const resolved = path.join(real, ...rest);
  if (rest.length === 0 && !statSync(resolved).isDirectory()) {
    throw new DataDirPathError(`The embedded database directory ${dataDir} is not a directory (${resolved}).`);
  }
  return resolved;
}

/**
 * Takes an exclusive, PID-checked lock on a data directory (give it the resolved path, see
 * resolveDataDir). A lock left by a dead process, killed or crashed, is taken over; a live
 * owner makes this throw DataDirBusyError, and so does a lock file whose owner is not written
 * yet, for PARTIAL_LOCK_GRACE_MS (an older empty or broken one is taken over). Returns the
 * release function.
 */
export function lockDataDir(dataDir: string, command = process.argv.slice(1).join(' ')): () => void {
  // Beside the directory, not in it: PGlite initialises only an empty or existing cluster.
  const file = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const owner: TLockOwner = {
        pid: process.pid,
        command: command || 'node',
        since: new Date().toISOString(),
        startTicks: procStat(process.pid)?.startTicks ?? null,
      };
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
      if (owner && (owner.pid === process.pid || isOwnerAlive(owner))) throw new DataDirBusyError(dataDir, owner);
      if (!owner && isRecent(file)) throw new DataDirBusyError(dataDir, null);
      unlinkSync(file);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
