import { AppError } from '@claimledger/domain';
import type { z } from 'zod';
import { findUnsafeText } from './safe-text';

/**
 * Validates input at a service boundary: text carrying NUL, control characters or broken
 * Unicode is refused first; zod issues become one BAD_INPUT AppError.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unsafe = findUnsafeText(input);
  if (unsafe) throw new AppError('BAD_INPUT', unsafe.message, { issues: [{ path: unsafe.path.split('.'), message: unsafe.message }] });
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new AppError('BAD_INPUT', message, { issues: result.error.issues });
}
