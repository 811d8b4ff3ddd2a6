import type { TWebhook, TWebhookDelivery, TWebhookEvent, TWebhookPayload } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';

const deliverySelect = {
  id: true,
  event: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastResponse: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
} satisfies Prisma.WebhookDeliverySelect;

const toDelivery = (row: Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>): TWebhookDelivery => ({
  ...row,
  event: row.event as TWebhookEvent,
});

export async function insertWebhook(
  db: DbExecutor,
  hook: { url: string; events: TWebhookEvent[]; secret: string; createdById: string },
): Promise<TWebhook> {
  const row = await db.webhook.create({
    data: hook,
    select: { id: true, url: true, events: true, secret: true, active: true, createdAt: true },
  });
  return { ...row, events: row.events as TWebhookEvent[], deliveries: [] };
}

/** Webhooks with their most recent deliveries. */
export async function listWebhooks(db: DbExecutor, recent = 10): Promise<TWebhook[]> {
  const rows = await db.webhook.findMany({
    select: {
      id: true,
      url: true,
      events: true,
      secret: true,
      active: true,
      createdAt: true,
      deliveries: { select: deliverySelect, orderBy: { createdAt: 'desc' }, take: recent },
    },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map((r) => ({ ...r, events: r.events as TWebhookEvent[], deliveries: r.deliveries.map(toDelivery) }));
}

export async function setWebhookActive(db: DbExecutor, id: string, active: boolean): Promise<boolean> {
  return (await db.webhook.updateMany({ where: { id }, data: { active } })).count === 1;
}

/** Outbox: one pending delivery per active webhook subscribed to the event, in the caller's transaction. */
export function enqueueWebhookEvent(db: DbExecutor, event: TWebhookEvent, payload: TWebhookPayload): Promise<number> {
  return enqueueWebhookEvents(db, event, [payload]);
}

/** The outbox for several payloads of one event (one per recipient): each to every subscribed webhook. */
export async function enqueueWebhookEvents(db: DbExecutor, event: TWebhookEvent, payloads: TWebhookPayload[]): Promise<number> {
  if (payloads.length === 0) return 0;
  const hooks = await db.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (hooks.length === 0) return 0;
  const { count } = await db.webhookDelivery.createMany({
    data: hooks.flatMap((h) => payloads.map((payload) => ({ webhookId: h.id, event, payload }))),
  });
  return count;
}

/** Whether any active webhook listens for the event: lets callers skip building payloads nobody receives. */
export async function hasWebhookFor(db: DbExecutor, event: TWebhookEvent): Promise<boolean> {
  return (await db.webhook.findFirst({ where: { active: true, events: { has: event } }, select: { id: true } })) !== null;
}

export type DueDelivery = { id: string; event: string; payload: unknown; attempts: number; url: string; secret: string };

/** Ids of pending deliveries whose time has come (the sweep hands each to a `webhook-deliver` job). */
export async function listDueDeliveryIds(db: DbExecutor, now: Date, limit: number): Promise<string[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now }, webhook: { active: true } },
    select: { id: true },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

/**
 * Claims one due delivery for one attempt: a conditional update on its attempt count, so of
 * N workers holding the same id exactly one wins. The winner's lease (`nextAttemptAt`) keeps it
 * from being due again while it sends; a worker that dies leaves it due when the lease ends.
 * Returns the delivery with its new attempt count, or null when another worker has it, it is
 * not due, delivered, failed or its webhook is inactive.
 */
export async function claimDelivery(db: DbExecutor, id: string, now: Date, leaseUntil: Date): Promise<DueDelivery | null> {
  const row = await db.webhookDelivery.findUnique({
    where: { id },
    select: {
      id: true,
      event: true,
      payload: true,
      attempts: true,
      status: true,
      nextAttemptAt: true,
      webhook: { select: { url: true, secret: true, active: true } },
    },
  });
  if (!row || row.status !== 'pending' || row.nextAttemptAt > now || !row.webhook.active) return null;
  const { count } = await db.webhookDelivery.updateMany({
    where: { id, status: 'pending', attempts: row.attempts, nextAttemptAt: { lte: now } },
    data: { attempts: row.attempts + 1, nextAttemptAt: leaseUntil },
  });
  if (count !== 1) return null;
  return {
    id: row.id,
    event: row.event,
    payload: row.payload,
    attempts: row.attempts + 1,
    url: row.webhook.url,
    secret: row.webhook.secret,
  };
}

export async function recordDeliveryAttempt(
  db: DbExecutor,
  id: string,
  outcome: {
    delivered: boolean;
    attempts: number;
    nextAttemptAt: Date | null;
    statusCode: number | null;
    response: string | null;
    error: string | null;
    at: Date;
  },
): Promise<void> {
  await db.webhookDelivery.update({
    where: { id },
    data: {
      status: outcome.delivered ? 'delivered' : outcome.nextAttemptAt ? 'pending' : 'failed',
      attempts: outcome.attempts,
      ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      lastStatusCode: outcome.statusCode,
      lastResponse: outcome.response,
      lastError: outcome.error,
      deliveredAt: outcome.delivered ? outcome.at : null,
    },
  });
}

export async function findDelivery(db: DbExecutor, id: string): Promise<TWebhookDelivery | null> {
  const row = await db.webhookDelivery.findUnique({ where: { id }, select: deliverySelect });
  return row ? toDelivery(row) : null;
}
