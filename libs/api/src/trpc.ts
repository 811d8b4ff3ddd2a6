import { AppError, can, isAppError, type Permission } from '@claimledger/domain';
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

/** A signed-in actor, or UNAUTHENTICATED. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw toTrpcError(new AppError('UNAUTHENTICATED', 'Sign in first.'));
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** A signed-in actor whose role grants `permission`, or FORBIDDEN. */
export function requirePermission(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.actor.role, permission)) {
      throw toTrpcError(new AppError('FORBIDDEN', `Your role (${ctx.actor.role}) does not allow ${permission}.`));
    }
    return next({ ctx });
  });
}
