import { isAppError } from '@claimledger/domain';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { ApiContext } from './context';
import { formatError, toTrpcError } from './error-formatter';

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter: formatError,
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure's errors go through the one mapping from AppError. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) throw toTrpcError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);
