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

function requireQueue(jobs: JobAdmin | undefined): JobAdmin {
  if (!jobs) throw new AppError('UNAVAILABLE', 'This server has no job queue.');
  return jobs;
}

/** Jobs by kind and state, and the latest failures with their reasons (admins only). */
export async function getJobsOverview(jobs: JobAdmin | undefined, actor: Actor): Promise<TJobsOverview> {
  requireUser(actor, 'job:manage');
  const queue = requireQueue(jobs);
  const [counts, failures, open] = await Promise.all([queue.counts(), queue.listFailures(50), queue.listOpen(50)]);
  return { counts, failures, open };
}

/** Runs a failed or cancelled job again; false when the job is not in such a state. */
export async function retryJob(jobs: JobAdmin | undefined, actor: Actor, raw: TJobActionInput): Promise<{ changed: boolean }> {
  requireUser(actor, 'job:manage');
  const input = parseInput(ZJobActionInput, raw);
  return { changed: await requireQueue(jobs).retry(input.name, input.id) };
}

/** Cancels a waiting or running job; false when it has already ended. */
export async function cancelJob(jobs: JobAdmin | undefined, actor: Actor, raw: TJobActionInput): Promise<{ changed: boolean }> {
  requireUser(actor, 'job:manage');
  const input = parseInput(ZJobActionInput, raw);
  return { changed: await requireQueue(jobs).cancel(input.name, input.id) };
}
