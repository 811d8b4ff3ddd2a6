import { readFileSync, readdirSync } from 'node:fs';

/** Linux clock ticks per second (USER_HZ): 100 on every mainstream kernel. */
const TICKS = 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU milliseconds a process has used (user + system, all its threads). */
export function processCpuMs(pid: number): number {
  const f = statFields(pid);
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
  return f ? ((Number(f[11]) + Number(f[12])) * 1000) / TICKS : 0;
}

/**
 * CPU milliseconds PostgreSQL's processes have used: the live ones, plus what backends that
 * already exited left in their postmaster's children counters.
 */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let comm = '';
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (comm !== 'postgres') continue;
    const f = statFields(pid);
    if (!f) continue;
    const own = Number(f[11]) + Number(f[12]);
    // The postmaster (parent not postgres) also carries its exited children's time.
    const children = Number(f[13]) + Number(f[14]);
    ms += ((own + children) * 1000) / TICKS;
  }
  return ms;
}

/** Busy and total CPU milliseconds of the whole machine (all cores) since boot. */
export function machineCpuMs(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: ((total - idle) * 1000) / TICKS, total: (total * 1000) / TICKS };
}
