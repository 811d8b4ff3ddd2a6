import type { TJobCounts, TJobFailure, TJobName } from '@claimledger/contracts';

export type SendOptions = {
  /** While a job with this key waits or runs, sending another with the same key does nothing. */
  singletonKey?: string;
  /** Wait this many seconds before the job may run. */
  startAfterSeconds?: number;
  priority?: number;
  /** Attempts after the first (default: the kind's policy); backoff starts at `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
};

/** What a handler knows about the attempt it runs. */
export type JobContext = { id: string; name: TJobName; attempt: number; signal: AbortSignal };

export type JobHandler<T> = (data: T, job: JobContext) => Promise<unknown>;

export type WorkOptions = {
  /** Batches this process fetches at a time for this kind. */
  concurrency?: number;
  /** Jobs per batch, run side by side (default 4). */
  batchSize?: number;
};

export type StopOptions = {
  /** Let running jobs finish for at most this long; then they are released for another worker. */
  graceMs?: number;
};

/**
 * The one job interface: web routes and commands send, workers work, schedules repeat. Delivery
 * is at least once, so every handler is idempotent. A failing job is retried with exponential
 * backoff; after its last attempt it is failed for good and copied to the `dead-letter` queue.
 * Made per process from the database handle (never a module singleton).
 */
export interface JobQueue {
  send(name: TJobName, data: object, options?: SendOptions): Promise<string | null>;
  /**
   * Sends a job and waits until a worker has finished it: its output, or an error with the
   * reason (and the AppError code, when the handler threw one) of its last attempt.
   */
  sendAndWait(name: TJobName, data: object, options?: SendOptions & { timeoutMs?: number }): Promise<unknown>;
  /** Sends many jobs of one kind in one statement. */
  sendMany(name: TJobName, items: { data: object; singletonKey?: string }[]): Promise<number>;
  /** Repeats a job on a cron expression (one per schedule across all processes). */
  schedule(name: TJobName, cron: string, data?: object): Promise<void>;
  work<T>(name: TJobName, parse: (data: unknown) => T, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  stop(options?: StopOptions): Promise<void>;
  /** Admin: jobs per kind and state. */
  counts(): Promise<TJobCounts[]>;
  /** Admin: the latest jobs that failed for good or were cancelled, with their reasons. */
  listFailures(limit?: number): Promise<TJobFailure[]>;
  /** Admin: the newest jobs still waiting or running. */
  listOpen(limit?: number): Promise<TJobFailure[]>;
  /** Admin: a failed or cancelled job runs again. */
  retry(name: TJobName, id: string): Promise<boolean>;
  /** Admin: a waiting or running job is cancelled. */
  cancel(name: TJobName, id: string): Promise<boolean>;
  /** Test and bench helper: jobs of a kind that are not finished yet. */
  pending(name: TJobName): Promise<number>;
}
