import { z } from 'zod';
import { runExportFile, type ExportQueue } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import { QUEUE_POLICIES } from '../queues';
import type { WorkerDeps } from '../worker-deps';

export const ZExportJob = z.object({ fileId: z.string().min(1) });

/** The ExportQueue the API hands new export files to: one keyed `export` job each. */
export function exportQueueOf(queue: JobQueue): ExportQueue {
  return { enqueue: (fileId) => queue.send('export', { fileId }, { singletonKey: fileId }) };
}

/**
 * `export`: writes one export file into the database, streaming the report in chunks (memory
 * stays flat). A retry starts the file again from its first byte.
 */
export function workExport(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'export',
    (data) => ZExportJob.parse(data),
    ({ fileId }, job) =>
      runExportFile(deps.db, fileId, { isLast: job.attempt > QUEUE_POLICIES.export.retryLimit, signal: job.signal }),
    { concurrency: deps.concurrency },
  );
}
