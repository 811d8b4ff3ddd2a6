import { removeExpiredRecords } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import type { WorkerDeps } from '../worker-deps';

/** `housekeeping`, on a schedule: expired sessions, stale rate-limit buckets and expired export files are deleted. */
export function workHousekeeping(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'housekeeping',
    () => null,
    () => removeExpiredRecords(deps.db),
  );
}
