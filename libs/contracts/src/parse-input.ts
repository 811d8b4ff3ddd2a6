import { AppError } from '@claimledger/domain';
import type { z } from 'zod';

/** Validates input at a service boundary; zod issues become one BAD_INPUT AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new AppError('BAD_INPUT', message, { issues: result.error.issues });
}
