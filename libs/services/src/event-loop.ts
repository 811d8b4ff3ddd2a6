import { setTimeout as sleep } from 'node:timers/promises';

/** An article with at most this many claims is stored and matched in one go (most news). */
export const ONE_PART_MAX = 40;
/** A larger one goes in parts of this many claims. */
export const CLAIMS_PER_PART = 10;

/**
 * Splits an article's claims into the parts they are stored and matched in. The embedded
 * database has one connection and answers on the web server's thread, so a long transaction or
 * statement holds every request: a large article goes in short parts that give way between them.
 */
export function claimParts<T>(items: T[]): T[][] {
  if (items.length <= ONE_PART_MAX) return items.length ? [items] : [];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CLAIMS_PER_PART) out.push(items.slice(i, i + CLAIMS_PER_PART));
  return out;
}

/**
 * After a part, background work gives way for twice as long as the part took (at most a
 * quarter of a second), so a request's chain of queries gets its turn between parts instead
 * of waiting behind each one. `started` is performance.now() at the start of the part.
 */
export const giveWay = (started: number): Promise<void> => sleep(Math.min(Math.max(2 * (performance.now() - started), 1), 250));
