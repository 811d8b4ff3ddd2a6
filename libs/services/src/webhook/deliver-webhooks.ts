import { listDueDeliveries, recordDeliveryAttempt, type DbClient, type DueDelivery } from '@claimledger/db';
import { privateAddressOf } from '../net/private-hosts';
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
};

async function attempt(delivery: DueDelivery, now: Date, timeoutMs: number, allowPrivateHosts: boolean) {
  const body = JSON.stringify(delivery.payload);
  try {
    const blocked = allowPrivateHosts ? null : await privateAddressOf(new URL(delivery.url));
    if (blocked)
      return {
        ok: false,
        statusCode: null,
        response: null,
        error: `the receiver's address ${blocked} is on a private network; delivery is not allowed`,
      };
    const res = await fetch(delivery.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ClaimLedger-Webhooks/0.1',
        'ClaimLedger-Event': delivery.event,
        'ClaimLedger-Delivery': delivery.id,
        [SIGNATURE_HEADER]: signPayload(delivery.secret, body, now),
      },
    });
    const text = (await res.text()).slice(0, 1_000);
    return { ok: res.ok, statusCode: res.status, response: text, error: res.ok ? null : `HTTP ${res.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { ok: false, statusCode: null, response: null, error: cause };
  }
}

/**
 * Sends due deliveries from the outbox, signed; a failure is retried with backoff until
 * MAX_ATTEMPTS, then marked failed. Returns how many were attempted.
 */
export async function deliverDueWebhooks(db: DbClient, options: DeliverOptions = {}): Promise<number> {
  const { now = new Date(), timeoutMs = 10_000, batch = 20, allowPrivateHosts = false } = options;
  const due = await listDueDeliveries(db, now, batch);
  for (const delivery of due) {
    const outcome = await attempt(delivery, now, timeoutMs, allowPrivateHosts);
    const attempts = delivery.attempts + 1;
    await recordDeliveryAttempt(db, delivery.id, {
      delivered: outcome.ok,
      attempts,
      nextAttemptAt: outcome.ok || attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + backoffMs(attempts)),
      statusCode: outcome.statusCode,
      response: outcome.response,
      error: outcome.error,
      at: now,
    });
  }
  return due.length;
}

/** Runs deliveries every `intervalMs` in the server process, one round at a time. */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly db: DbClient,
    private readonly options: { intervalMs?: number; allowPrivateHosts?: boolean } = {},
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.options.intervalMs ?? 2_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await deliverDueWebhooks(this.db, { allowPrivateHosts: this.options.allowPrivateHosts ?? false });
    } catch (error) {
      console.error('claimledger: webhook delivery round failed:', error);
    } finally {
      this.running = false;
    }
  }
}
