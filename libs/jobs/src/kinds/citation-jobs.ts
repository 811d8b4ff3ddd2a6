import { z } from 'zod';
import { archiveCitation, listPendingCitations, type ArchiveQueue } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import type { WorkerDeps } from '../worker-deps';

export const ZArchiveCitationJob = z.object({ citationId: z.string().min(1) });

/** The ArchiveQueue the API hands new citations to: one keyed `citation-archive` job each. */
export function archiveQueueOf(queue: JobQueue): ArchiveQueue {
  return {
    enqueue(citationId) {
      // A lost send is not lost work: the citation stays pending and the sweep finds it.
      void queue.send('citation-archive', { citationId }, { singletonKey: citationId }).catch((error: unknown) => {
        console.error(`claimledger: could not queue archiving of citation ${citationId}:`, error);
      });
    },
  };
}

/** `citation-archive`: fetches and stores one citation's source; a citation no longer pending is left alone. */
export function workArchiveCitation(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'citation-archive',
    (data) => ZArchiveCitationJob.parse(data),
    async ({ citationId }) => {
      await archiveCitation(deps.db, citationId, { allowPrivateHosts: deps.allowPrivateHosts });
      return { citationId };
    },
    { concurrency: deps.concurrency },
  );
}

/** `citation-sweep`, on a schedule: a job for every citation still pending (sends that were lost, restarts). */
export function workCitationSweep(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'citation-sweep',
    () => null,
    async () => {
      const ids = await listPendingCitations(deps.db);
      return {
        sent: await queue.sendMany(
          'citation-archive',
          ids.map((citationId) => ({ data: { citationId }, singletonKey: citationId })),
        ),
      };
    },
  );
}
