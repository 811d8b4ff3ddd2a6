import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir, resolveDataDir } from './data-dir-lock';
import { openPglite } from './pglite';

export type LockedPglite = { client: PGlite; dataDir: string; release: () => void };

/**
 * The one way to open the embedded database in a data directory: its real path (symbolic
 * links resolved, see resolveDataDir), locked to this process, then opened. The app and the
 * migration script both come here, so they lock and open the same directory.
 */
export async function openLockedPglite(dataDir: string): Promise<LockedPglite> {
  const resolved = resolveDataDir(dataDir);
  const release = lockDataDir(resolved);
  try {
    return { client: await openPglite(resolved), dataDir: resolved, release };
  } catch (error) {
    release();
    throw error;
  }
}
