import { internalErrorIdOf, internalErrorMessage, isAppError, type AppError, type ErrorCode } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import { logInternalError } from './http/internal-error';

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

/** "The input is not valid: publishedAt: …; body: …" (at most three fields, kept short). */
function describeIssues(fieldErrors: Record<string, string[]>): string {
  const parts = Object.entries(fieldErrors)
    .slice(0, 3)
    .map(([field, messages]) => `${field === '_' ? '' : `${field}: `}${messages[0] ?? 'invalid'}`.slice(0, 200));
  return parts.length ? `The input is not valid: ${parts.join('; ')}.` : 'The input is not valid.';
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Shape = { message: string; code: number; data: Record<string, unknown> };

/**
 * Whether an error's message was written for the client: an AppError's (other than INTERNAL),
 * zod's, or one tRPC raised about the request (bad JSON, unknown procedure, wrong method).
 * Anything that became a 500 (a driver error, a failed output check, a bug) is internal.
 */
function isClientMessage(error: TRPCError): boolean {
  const cause = error.cause;
  if (isAppError(cause)) return cause.code !== 'INTERNAL';
  if (cause instanceof ZodError) return true;
  return error.code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * Adds the AppError code and flattened zod field errors (for forms) to every error shape.
 * Internal errors are logged with an id and answered with that id only; no stack, SQL or
 * driver text reaches a response in any mode.
 */
export function formatError({ shape, error }: { shape: Shape; error: TRPCError }) {
  const cause = error.cause;
  const appCode = isAppError(cause) ? cause.code : null;
  const { stack: _stack, ...data } = shape.data;
  if (!isClientMessage(error)) {
    // An error passed on from a job was logged there: its id is the one to quote.
    const errorId = internalErrorIdOf(cause) ?? logInternalError(cause ?? error, String(data['path'] ?? 'trpc'));
    return {
      ...shape,
      message: internalErrorMessage(errorId),
      data: { ...data, appCode: 'INTERNAL', fieldErrors: {}, conflict: null, errorId },
    };
  }
  const zodIssues = cause instanceof ZodError ? cause.issues : isAppError(cause) ? cause.details?.['issues'] : undefined;
  // A Map, not an object literal: an issue at "__proto__" or "constructor" (hostile input) must
  // not land on Object.prototype; fromEntries writes own properties only. Those names are
  // bracketed, since superjson refuses to write them in the response.
  const byField = new Map<string, string[]>();
  if (Array.isArray(zodIssues)) {
    for (const issue of zodIssues as Array<{ path: PropertyKey[]; message: string }>) {
      const joined = issue.path.map(String).join('.') || '_';
      const key = PROTOTYPE_KEYS.has(joined) ? `[${joined}]` : joined;
      byField.set(key, [...(byField.get(key) ?? []), issue.message]);
    }
  }
  const fieldErrors: Record<string, string[]> = Object.fromEntries(byField);
  const details = isAppError(cause) && cause.code === 'CONFLICT' ? (cause.details ?? null) : null;
  return {
    ...shape,
    message: cause instanceof ZodError ? describeIssues(fieldErrors) : shape.message,
    data: { ...data, appCode, fieldErrors, conflict: details },
  };
}
