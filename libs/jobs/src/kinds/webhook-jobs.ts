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

/** `webhook-sweep`, on a schedule: finds due deliveries (new, retrying, or left by a dead worker). */
export function workWebhookSweep(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'webhook-sweep',
    () => null,
    async () => ({ sent: await sendDueWebhooks(queue, deps) }),
  );
}
