import { isAppError, type AppError, type ErrorCode } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const TRPC_CODES: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'CONFLICT',
  UNPROCESSABLE: 'UNPROCESSABLE_CONTENT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** Maps the one application error type onto tRPC's codes, keeping the AppError as cause. */
export function toTrpcError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.message, cause: error });
}

type Shape = { message: string; code: number; data: Record<string, unknown> };

/** Adds the AppError code and flattened zod field errors (for forms) to every error shape. */
export function formatError({ shape, error }: { shape: Shape; error: TRPCError }) {
  const cause = error.cause;
  const appCode = isAppError(cause) ? cause.code : null;
  const zodIssues = cause instanceof ZodError ? cause.issues : isAppError(cause) ? cause.details?.['issues'] : undefined;
  const fieldErrors: Record<string, string[]> = {};
  if (Array.isArray(zodIssues)) {
    for (const issue of zodIssues as Array<{ path: PropertyKey[]; message: string }>) {
      const key = issue.path.map(String).join('.') || '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
  }
  const details = isAppError(cause) && cause.code === 'CONFLICT' ? (cause.details ?? null) : null;
  return {
    ...shape,
    message: cause instanceof ZodError ? 'The input is not valid.' : shape.message,
    data: { ...shape.data, appCode, fieldErrors, conflict: details },
  };
}
