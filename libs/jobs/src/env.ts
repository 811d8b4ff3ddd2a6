import { z } from 'zod';

const ZJobsEnv = z.object({
  /** `external`: the web server sends jobs but works none (workers run `claimledger worker`). */
  CLAIMLEDGER_WORKERS: z.enum(['in-process', 'external']).default('in-process'),
  /** Seconds between polls of an idle worker. */
  CLAIMLEDGER_JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
  /** Seconds between supervision passes (expired and silent jobs go back to retry). */
  CLAIMLEDGER_JOBS_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Batches of jobs (4 each) one process works at a time per kind. */
  CLAIMLEDGER_JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
});
export type JobsEnv = z.infer<typeof ZJobsEnv>;

export function readJobsEnv(source: NodeJS.ProcessEnv = process.env): JobsEnv {
  return ZJobsEnv.parse({
    CLAIMLEDGER_WORKERS: source.CLAIMLEDGER_WORKERS || undefined,
    CLAIMLEDGER_JOBS_POLL_SECONDS: source.CLAIMLEDGER_JOBS_POLL_SECONDS || undefined,
    CLAIMLEDGER_JOBS_SUPERVISE_SECONDS: source.CLAIMLEDGER_JOBS_SUPERVISE_SECONDS || undefined,
    CLAIMLEDGER_JOBS_CONCURRENCY: source.CLAIMLEDGER_JOBS_CONCURRENCY || undefined,
  });
}
