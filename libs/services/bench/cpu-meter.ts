// CPU time spent by this process and by the database server's backends for this database: the
// work a stage costs, which machine load does not change (wall time under load does).
import { readFileSync } from 'node:fs';
import type { Database } from '@claimledger/db';

export type CpuMeter = {
  /** CPU ms of this process and of the server backends since `mark` (server null where unreadable). */
  since(mark: CpuMark): { node: number; server: number | null };
  mark(): CpuMark;
  /** Re-reads the backends' process ids (after the pools open new connections). */
  refresh(): Promise<void>;
};
type CpuMark = { node: NodeJS.CpuUsage; server: number | null };

/** Nanoseconds a process has run on a CPU (Linux /proc/<pid>/schedstat), or null when not readable. */
function runNs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/**
 * A meter over the server's client backends of `db`'s database, readable only where the server
 * runs on this machine (its backends' /proc entries); elsewhere the server figure is null.
 */
export async function createCpuMeter(db: Database): Promise<CpuMeter> {
  let pids: number[] = [];
  const serverNs = () => {
    const times = pids.map(runNs).filter((t): t is number => t !== null);
    return times.length ? times.reduce((a, b) => a + b, 0) : null;
  };
  const meter: CpuMeter = {
    mark: () => ({ node: process.cpuUsage(), server: serverNs() }),
    since: (mark) => {
      const node = process.cpuUsage(mark.node);
      const now = serverNs();
      return {
        node: (node.user + node.system) / 1000,
        server: now === null || mark.server === null ? null : (now - mark.server) / 1e6,
      };
    },
    refresh: async () => {
      const rows = await db.prisma.$queryRaw<Array<{ pid: number }>>`
        SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`;
      pids = rows.map((r) => Number(r.pid));
    },
  };
  await meter.refresh();
  return meter;
}
