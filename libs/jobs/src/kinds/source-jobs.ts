import { z } from 'zod';
import { listDueSources, pollSource } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import type { WorkerDeps } from '../worker-deps';

export const ZPollSourceJob = z.object({ sourceId: z.string().min(1) });

/** `source-poll`: polls one feed or sitemap; each new item becomes an `ingest` job. */
export function workPollSource(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'source-poll',
    (data) => ZPollSourceJob.parse(data),
    async ({ sourceId }) => {
      const result = await pollSource(deps.db, sourceId, {
        allowPrivateHosts: deps.allowPrivateHosts,
        enqueueIngest: async (url, from) => {
          await queue.send('ingest', { kind: 'url', url, sourceId: from });
        },
      });
      return { status: result.status, newItems: result.newItems, enqueued: result.enqueued, error: result.error };
    },
    { concurrency: deps.concurrency },
  );
}

/** `source-sweep`, on a schedule: one `source-poll` job per source whose next poll is due. */
export function workSourceSweep(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'source-sweep',
    () => null,
    async () => {
      const ids = await listDueSources(deps.db);
      return {
        sent: await queue.sendMany(
          'source-poll',
          ids.map((sourceId) => ({ data: { sourceId }, singletonKey: sourceId })),
        ),
      };
    },
  );
}
