import type { JobQueue } from './job-queue';
import { workArchiveCitation, workCitationSweep } from './kinds/citation-jobs';
import { workExport } from './kinds/export-job';
import { workHousekeeping } from './kinds/housekeeping-job';
import { workIngest } from './kinds/ingest-job';
import { workPollSource, workSourceSweep } from './kinds/source-jobs';
import { startWebhookSweeps, workDeliverWebhook, workWebhookSweep } from './kinds/webhook-jobs';
import type { WorkerDeps } from './worker-deps';

/**
 * How often the sweeps run (cron, UTC). Each sweep only sends jobs; the work happens in them.
 * The webhook sweep also keeps itself going every few seconds (see workWebhookSweep); its
 * schedule restarts that chain if it ever breaks.
 */
export const SCHEDULES = {
  'webhook-sweep': '* * * * *',
  'citation-sweep': '*/5 * * * *',
  'source-sweep': '* * * * *',
  housekeeping: '17 * * * *',
} as const;

/**
 * Makes this process a worker: registers a handler for every job kind and the sweep schedules
 * (stored once in the database, whichever process registers them). Stop with `queue.stop()`.
 */
export async function startWorkers(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  await workDeliverWebhook(queue, deps);
  await workWebhookSweep(queue, deps);
  await workArchiveCitation(queue, deps);
  await workCitationSweep(queue, deps);
  await workIngest(queue, deps);
  await workPollSource(queue, deps);
  await workSourceSweep(queue, deps);
  await workHousekeeping(queue, deps);
  await workExport(queue, deps);
  for (const [name, cron] of Object.entries(SCHEDULES)) await queue.schedule(name as keyof typeof SCHEDULES, cron);
  // Work left by a previous run goes first: due deliveries and pending citations.
  await startWebhookSweeps(queue);
  await queue.send('citation-sweep', {}, { singletonKey: 'citation-sweep' });
}
