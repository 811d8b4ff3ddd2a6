import { randomUUID } from 'node:crypto';
import { internalErrorMessage } from '@claimledger/domain';

/**
 * Logs an unexpected error with a fresh id and returns the id. Responses show only the id, so
 * no internal text (SQL, Prisma invocations, stack traces, file paths) ever reaches a client.
 */
export function logInternalError(error: unknown, where = 'api'): string {
  const id = randomUUID();
  console.error(`claimledger: internal error ${id} in ${where}:`, error);
  return id;
}

export const internalErrorBody = (id: string) => ({
  message: internalErrorMessage(id),
  code: 'INTERNAL_SERVER_ERROR',
  errorId: id,
});
