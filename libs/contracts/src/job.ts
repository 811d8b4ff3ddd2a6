import { z } from 'zod';

/** Every kind of background job; each has one handler in libs/jobs. */
export const JOB_NAMES = [
  'webhook-deliver',
  'webhook-sweep',
  'citation-archive',
  'citation-sweep',
  'ingest',
  'source-poll',
  'source-sweep',
  'housekeeping',
  'export',
  'dead-letter',
] as const;
export const ZJobName = z.enum(JOB_NAMES);
export type TJobName = z.infer<typeof ZJobName>;

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export const ZJobState = z.enum(JOB_STATES);
export type TJobState = z.infer<typeof ZJobState>;

/** How many jobs of one kind are in each state (jobs are kept a week after they end). */
export const ZJobCounts = z.object({
  name: z.string(),
  created: z.number().int(),
  retry: z.number().int(),
  active: z.number().int(),
  completed: z.number().int(),
  cancelled: z.number().int(),
  failed: z.number().int(),
});
export type TJobCounts = z.infer<typeof ZJobCounts>;

/** A job that failed for good (or was cancelled), with the reason its last attempt gave. */
export const ZJobFailure = z.object({
  id: z.string(),
  name: z.string(),
  state: ZJobState,
  data: z.string(),
  reason: z.string(),
  attempts: z.number().int(),
  createdAt: z.date(),
  endedAt: z.date().nullable(),
});
export type TJobFailure = z.infer<typeof ZJobFailure>;

/** Waiting and running jobs (newest first) that an admin may cancel; `reason` is empty. */
export const ZJobsOverview = z.object({
  counts: z.array(ZJobCounts),
  failures: z.array(ZJobFailure),
  open: z.array(ZJobFailure),
});
export type TJobsOverview = z.infer<typeof ZJobsOverview>;

export const ZJobActionInput = z.object({ name: ZJobName, id: z.uuid({ error: 'a job id is a UUID' }) });
export type TJobActionInput = z.infer<typeof ZJobActionInput>;
export const ZJobActionResult = z.object({ changed: z.boolean() });

/** One line of `claimledger ingest --jsonl`: text or HTML with optional metadata. */
export const ZBulkArticleLine = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    title: z.string().max(500).optional(),
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    publishedAt: z.string().optional(),
    publisher: z.string().max(200).optional(),
  })
  .refine((line) => (line.text === undefined) !== (line.html === undefined), { error: 'give exactly one of "text" or "html"' });
export type TBulkArticleLine = z.infer<typeof ZBulkArticleLine>;
