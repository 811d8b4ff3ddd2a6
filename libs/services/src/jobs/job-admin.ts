import type { TJobActionInput, TJobsOverview } from '@claimledger/contracts';
import { ZJobActionInput, parseInput, type TJobCounts, type TJobFailure, type TJobName } from '@claimledger/contracts';
import { AppError, type Actor } from '@claimledger/domain';
import { requireUser } from '../access';

/** What the admin page needs from the job queue (libs/jobs' JobQueue provides it). */
export type JobAdmin = {
  counts(): Promise<TJobCounts[]>;
  listFailures(limit?: number): Promise<TJobFailure[]>;
  listOpen(limit?: number): Promise<TJobFailure[]>;
  retry(name: TJobName, id: string): Promise<boolean>;
  cancel(name: TJobName, id: string): Promise<boolean>;
};

/** A process without a queue (tests, tools) has no jobs: there is nothing to retry or cancel. */
function requireQueue(jobs: JobAdmin | undefined, id: string): JobAdmin {
  if (!jobs) throw new AppError('NOT_FOUND', `There is no job ${id}: this process runs no job queue.`);
  return jobs;
}

/** Jobs by kind and state, and the latest failures with their reasons (admins only). */
export async function getJobsOverview(jobs: JobAdmin | undefined, actor: Actor): Promise<TJobsOverview> {
  requireUser(actor, 'job:manage');
  if (!jobs) return { counts: [], failures: [], open: [] };
  const [counts, failures, open] = await Promise.all([jobs.counts(), jobs.listFailures(50), jobs.listOpen(50)]);
  return { counts, failures, open };
}

/** Runs a failed or cancelled job again; false when the job is not in such a state. */
export async function retryJob(jobs: JobAdmin | undefined, actor: Actor, raw: TJobActionInput): Promise<{ changed: boolean }> {
  requireUser(actor, 'job:manage');
  const input = parseInput(ZJobActionInput, raw);
  return { changed: await requireQueue(jobs, input.id).retry(input.name, input.id) };
}

/** Cancels a waiting or running job; false when it has already ended. */
export async function cancelJob(jobs: JobAdmin | undefined, actor: Actor, raw: TJobActionInput): Promise<{ changed: boolean }> {
  requireUser(actor, 'job:manage');
  const input = parseInput(ZJobActionInput, raw);
  return { changed: await requireQueue(jobs, input.id).cancel(input.name, input.id) };
}
