import { z } from 'zod';
import { deliverWebhook, listDueWebhookDeliveries } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import type { WorkerDeps } from '../worker-deps';

export const ZDeliverWebhookJob = z.object({ deliveryId: z.string().min(1) });

/** `webhook-deliver`: one attempt at one delivery, claimed in the database first (idempotent). */
export function workDeliverWebhook(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'webhook-deliver',
    (data) => ZDeliverWebhookJob.parse(data),
    async ({ deliveryId }) => ({
      outcome: await deliverWebhook(deps.db, deliveryId, { allowPrivateHosts: deps.allowPrivateHosts }),
    }),
    { concurrency: deps.concurrency },
  );
}

/** Sends one `webhook-deliver` job per due delivery (the outbox written with each change). */
export async function sendDueWebhooks(queue: JobQueue, deps: WorkerDeps): Promise<number> {
  const ids = await listDueWebhookDeliveries(deps.db);
  return queue.sendMany(
    'webhook-deliver',
    ids.map((deliveryId) => ({ data: { deliveryId }, singletonKey: deliveryId })),
  );
}

const ZSweepJob = z.object({ chain: z.enum(['a', 'b']).optional() }).nullable();

/** Seconds between webhook sweeps: a change's webhooks go out within about this long. */
export const WEBHOOK_SWEEP_SECONDS = 5;

/** Starts the chain of webhook sweeps (a second start while one is waiting adds nothing). */
export async function startWebhookSweeps(queue: JobQueue): Promise<void> {
  await queue.send('webhook-sweep', { chain: 'a' }, { singletonKey: 'webhook-sweep:a' });
}

/**
 * `webhook-sweep`: finds due deliveries (new, retrying, or left by a dead worker), then sends the
 * next sweep a few seconds later. The two keys alternate, so exactly one sweep waits at a time
 * across every process (a keyed queue keeps one waiting job per key); the minute schedule
 * restarts the chain if a sweep ever fails for good.
 */
export function workWebhookSweep(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'webhook-sweep',
    (data) => ZSweepJob.parse(data ?? null),
    async (data) => {
      const sent = await sendDueWebhooks(queue, deps);
      const next = data?.chain === 'a' ? 'b' : 'a';
      await queue.send(
        'webhook-sweep',
        { chain: next },
        { singletonKey: `webhook-sweep:${next}`, startAfterSeconds: WEBHOOK_SWEEP_SECONDS },
      );
      return { sent };
    },
  );
}
