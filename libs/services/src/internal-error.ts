import { randomUUID } from 'node:crypto';
import { internalErrorMessage, isAppError } from '@claimledger/domain';

/** Logs an unexpected error with a fresh id and returns the id (the only part a person is shown). */
export function logInternalError(error: unknown, where: string): string {
  const id = randomUUID();
  console.error(`claimledger: internal error ${id} in ${where}:`, error);
  return id;
}

/**
 * The reason to record for a failure people will read: an AppError's own message (an expected
 * refusal, written for them); for anything else (a driver error, a bug) only the id it was logged
 * with, never its text.
 */
export function readableReason(error: unknown, where: string): string {
  if (isAppError(error) && error.code !== 'INTERNAL') return error.message;
  return internalErrorMessage(logInternalError(error, where));
}
