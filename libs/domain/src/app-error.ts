export const ERROR_CODES = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error type thrown by domain code and services. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a person sees of an unexpected error: only the id it was logged with, never its own text. */
export const internalErrorMessage = (id: string) =>
  `Something went wrong on our side. The error was logged with the id ${id}; quote it when you report the problem.`;

/** The logged id an INTERNAL AppError carries (one passed on from a job), if any. */
export function internalErrorIdOf(error: unknown): string | null {
  const id = isAppError(error) && error.code === 'INTERNAL' ? error.details?.['errorId'] : undefined;
  return typeof id === 'string' ? id : null;
}
