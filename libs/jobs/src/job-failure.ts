import { internalErrorMessage, isAppError } from '@claimledger/domain';
import { logInternalError } from '@claimledger/services';

/** What a failed job records as its output: the reason people see, its code, and a logged error's id. */
export type JobFailure = { message: string; code: string; errorId?: string };

/**
 * An AppError is an expected refusal written for people (bad input, a site that answered 404):
 * its message and code are kept. Anything else (a driver error, a bug) is logged here with a
 * fresh id, and the job records only that id: no SQL, Prisma or file path text reaches the job
 * list, or the person waiting for the job.
 */
export function jobFailureOf(error: unknown, jobName: string): JobFailure {
  if (isAppError(error) && error.code !== 'INTERNAL') return { message: error.message, code: error.code };
  const errorId = logInternalError(error, `job ${jobName}`);
  return { message: internalErrorMessage(errorId), code: 'INTERNAL', errorId };
}
