import { z } from 'zod';

const DAY_MS = 86_400_000;
/** The earliest publication date we accept: older sources are cited, not ingested. */
export const EARLIEST_PUBLISHED = new Date('1800-01-01T00:00:00Z');
/** The earliest access date: sources are http(s) pages, which did not exist before 1990. */
export const EARLIEST_ACCESSED = new Date('1990-01-01T00:00:00Z');
/** Clock skew allowed for "not in the future": a client's clock may run a little ahead. */
const SKEW_MS = 5 * 60_000;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A Date, or a string/number coerced to one, that must be a real date (an Invalid Date is refused). */
function coercedDate(field: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? new Date(value) : value),
    z.date({ error: `${field} must be a date such as 2016-10-21` }).refine((d) => !Number.isNaN(d.getTime()), {
      message: `${field} must be a date such as 2016-10-21`,
    }),
  );
}

/** A publication date: from 1800 up to tomorrow (time zones put "today" a day ahead somewhere). */
export function isPlausiblePublishedAt(d: Date, now = new Date()): boolean {
  return d.getTime() >= EARLIEST_PUBLISHED.getTime() && d.getTime() <= now.getTime() + DAY_MS;
}

/** An access date: from 1990 up to now. */
export function isPlausibleAccessedAt(d: Date, now = new Date()): boolean {
  return d.getTime() >= EARLIEST_ACCESSED.getTime() && d.getTime() <= now.getTime() + SKEW_MS;
}

export const ZPublishedAt = coercedDate('publishedAt').refine((d) => isPlausiblePublishedAt(d), {
  message: `publishedAt must lie between ${day(EARLIEST_PUBLISHED)} and tomorrow`,
});

export const ZAccessedAt = coercedDate('accessedAt').refine((d) => isPlausibleAccessedAt(d), {
  message: `accessedAt must lie between ${day(EARLIEST_ACCESSED)} and now`,
});

/**
 * The days a claim's time scope may name: four-digit years. Year 0 and earlier do not exist in
 * PostgreSQL's calendar, and a year past 9999 is no ISO day; history older than 1000 is cited,
 * not scoped.
 */
export const EARLIEST_SCOPE_DAY = '1000-01-01';
export const LATEST_SCOPE_DAY = '9999-12-31';

/** A time scope's day: a real calendar day (YYYY-MM-DD) from 1000-01-01 to 9999-12-31. */
export const ZScopeDay = z.iso
  .date({ error: 'must be a day such as 2016-10-21' })
  .refine((d) => isPlausibleScopeDay(d), { message: `must lie between ${EARLIEST_SCOPE_DAY} and ${LATEST_SCOPE_DAY}` });

export function isPlausibleScopeDay(d: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= EARLIEST_SCOPE_DAY && d <= LATEST_SCOPE_DAY;
}

/** A stored date as readers get it: an impossible one (from before these checks) reads as null. */
export function readableDate(d: Date | null): Date | null {
  return d && Number.isFinite(d.getTime()) && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999 ? d : null;
}
