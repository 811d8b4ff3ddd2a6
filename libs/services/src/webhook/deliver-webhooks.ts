import { claimDelivery, listDueDeliveryIds, recordDeliveryAttempt, type DbClient, type DueDelivery } from '@claimledger/db';
import type { Resolver } from '../net/address-guard';
import { FetchError } from '../net/fetch-error';
import { guardedPost } from '../net/guarded-post';
import { SIGNATURE_HEADER, signPayload } from './signing';

export const MAX_ATTEMPTS = 8;

/** 10 s, 20 s, 40 s … capped at one hour between attempts. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type DeliverOptions = {
  now?: Date;
  timeoutMs?: number;
  batch?: number;
  /** Allow receivers on loopback/private networks (tests, intranets); refused by default. */
  allowPrivateHosts?: boolean;
  /** Tests play a DNS here (e.g. one that rebinds); the system resolver by default. */
  resolve?: Resolver;
  /** The address policy; tests inject one to treat a loopback receiver as "public". */
  isAllowed?: (ip: string) => boolean;
};

/** One POST through the pinned path: the address checked is the address connected to. */
async function attempt(delivery: DueDelivery, now: Date, options: DeliverOptions) {
  const body = JSON.stringify(delivery.payload);
  try {
    const answer = await guardedPost(delivery.url, body, {
      timeoutMs: options.timeoutMs,
      allowPrivateHosts: options.allowPrivateHosts,
      resolve: options.resolve,
      isAllowed: options.isAllowed,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ClaimLedger-Webhooks/0.1',
        'ClaimLedger-Event': delivery.event,
        'ClaimLedger-Delivery': delivery.id,
        [SIGNATURE_HEADER]: signPayload(delivery.secret, body, now),
      },
    });
    const ok = answer.status >= 200 && answer.status < 300;
    const text = answer.text.slice(0, 1_000);
    return { ok, statusCode: answer.status, response: text, error: ok ? null : `HTTP ${answer.status}` };
  } catch (error) {
    const blocked = error instanceof FetchError && error.kind === 'private-address' ? error.detail.address : undefined;
    const cause = blocked
      ? `the receiver's address ${blocked} is on a private network; delivery is not allowed`
      : error instanceof Error
        ? error.message
        : String(error);
    return { ok: false, statusCode: null, response: null, error: cause };
  }
}

export type DeliveryOutcome = 'delivered' | 'retry-later' | 'failed' | 'not-due';

/**
 * One attempt at one delivery, as the `webhook-deliver` job makes it. The delivery is claimed
 * in the database before it is sent (see claimDelivery), so N workers holding the same id send
 * it once; a failure is retried with backoff until MAX_ATTEMPTS, then marked failed. Running it
 * again for a delivered, failed or not-yet-due delivery does nothing ("not-due").
 */
export async function deliverWebhook(db: DbClient, id: string, options: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const { now = new Date(), timeoutMs = 10_000 } = options;
  // The lease outlasts the request: a worker that dies mid-send leaves the delivery due again after it.
  const delivery = await claimDelivery(db, id, now, new Date(now.getTime() + timeoutMs + 15_000));
  if (!delivery) return 'not-due';
  const outcome = await attempt(delivery, now, { ...options, timeoutMs });
  const retry = !outcome.ok && delivery.attempts < MAX_ATTEMPTS;
  await recordDeliveryAttempt(db, delivery.id, {
    delivered: outcome.ok,
    attempts: delivery.attempts,
    nextAttemptAt: retry ? new Date(now.getTime() + backoffMs(delivery.attempts)) : null,
    statusCode: outcome.statusCode,
    response: outcome.response,
    error: outcome.error,
    at: now,
  });
  return outcome.ok ? 'delivered' : retry ? 'retry-later' : 'failed';
}

/** Ids of deliveries due now: what the `webhook-sweep` job hands out, one job each. */
export function listDueWebhookDeliveries(db: DbClient, now = new Date(), limit = 500): Promise<string[]> {
  return listDueDeliveryIds(db, now, limit);
}

/** Attempts every due delivery in this process, one by one (tests and one-off runs); returns how many it tried. */
export async function deliverDueWebhooks(db: DbClient, options: DeliverOptions = {}): Promise<number> {
  const ids = await listDueDeliveryIds(db, options.now ?? new Date(), options.batch ?? 20);
  for (const id of ids) await deliverWebhook(db, id, options);
  return ids.length;
}
