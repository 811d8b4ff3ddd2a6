import { z } from 'zod';
import { ZId } from './common';

/** "15m", "2h", "1d" or plain minutes → minutes; null when it is none of those. */
export function parseInterval(value: string): number | null {
  const match = /^\s*(\d+)\s*(m|min|h|d)?\s*$/i.exec(value);
  if (!match?.[1]) return null;
  const n = Number(match[1]);
  const unit = (match[2] ?? 'm').toLowerCase();
  return unit === 'h' ? n * 60 : unit === 'd' ? n * 1440 : n;
}

export const ZAddSourceInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'enter the http(s) URL of a feed or sitemap' }).max(2000),
  /** Minutes between polls: 5 minutes to 7 days. */
  intervalMinutes: z.number().int().min(5, 'poll at most every 5 minutes').max(10_080, 'poll at least weekly').default(15),
});
export type TAddSourceInput = z.input<typeof ZAddSourceInput>;

export const ZSourceIdInput = z.object({ id: ZId });

export const ZSourceHealth = z.object({
  id: ZId,
  url: z.string(),
  kind: z.enum(['feed', 'sitemap']).nullable(),
  title: z.string().nullable(),
  intervalMinutes: z.number().int(),
  active: z.boolean(),
  status: z.enum(['new', 'ok', 'failing']),
  nextPollAt: z.date(),
  lastSuccessAt: z.date().nullable(),
  lastErrorAt: z.date().nullable(),
  lastError: z.string().nullable(),
  failureCount: z.number().int(),
  itemsLastDay: z.number().int(),
});
export type TSourceHealth = z.infer<typeof ZSourceHealth>;

export const ZPollResult = z.object({
  sourceId: ZId,
  status: z.enum(['ok', 'not-modified', 'failed', 'deferred', 'inactive']),
  newItems: z.number().int(),
  enqueued: z.number().int(),
  error: z.string().nullable(),
  nextPollAt: z.date(),
});
export type TPollResult = z.infer<typeof ZPollResult>;
