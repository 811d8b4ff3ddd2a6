import { authenticateApiKey } from '@claimledger/auth';
import { AppError, can, isAppError, type ApiScope, type Permission } from '@claimledger/domain';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { ApiContext } from './context';
import { formatError, toTrpcError } from './error-formatter';

const t = initTRPC.context<ApiContext>().meta<OpenApiMeta>().create({
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

/**
 * A REST consumer's API key with `scope` (401 for a missing, wrong, expired or revoked key;
 * 403 for a missing scope). The key acts as a read-only system actor.
 */
export function apiKeyProcedure(scope: ApiScope) {
  return publicProcedure.use(async ({ ctx, next }) => {
    const { actor, key, ownerId } = await authenticateApiKey(ctx.db, ctx.apiKeyToken ?? null, scope).catch((error: unknown) => {
      throw isAppError(error) ? toTrpcError(error) : error;
    });
    return next({
      ctx: { ...ctx, actor, apiKey: key, apiKeyOwnerId: ownerId, publicUrl: ctx.publicUrl ?? 'http://localhost:3000' },
    });
  });
}
