import { consumeRateLimit, rateLimitBucket, requireApiScope, spendApiKey } from '@claimledger/auth';
import { AppError, can, isAppError, type ApiScope, type Permission } from '@claimledger/domain';
import { findUnsafeText } from '@claimledger/contracts';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { DEFAULT_API_RATE_LIMIT, type ApiContext } from './context';
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

/** Every text input, on every procedure and transport: NUL, control characters and lone surrogates get a 400. */
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const unsafe = findUnsafeText(await getRawInput());
  if (unsafe)
    throw toTrpcError(
      new AppError('BAD_INPUT', unsafe.message, { issues: [{ path: unsafe.path.split('.'), message: unsafe.message }] }),
    );
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(refuseUnsafeText);

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

const setHeaders = (ctx: ApiContext, headers: Record<string, string>) => {
  for (const [name, value] of Object.entries(headers)) ctx.setHeader?.(name, value);
};

/**
 * A consumer's API key with `scope`, over tRPC (`v1.*`) or REST (`/api/v1`) alike: 401 for a
 * missing, wrong, expired or revoked key; 403 for a missing scope. The key acts as a read-only
 * system actor. One budget per authenticated key covers every API-key procedure on every
 * transport (kept in the database, shared by all server processes), charged before the scope
 * is checked, so calls outside the key's scopes spend it too; failed attempts are charged to
 * the client's address, never to the key whose prefix they show.
 */
export function apiKeyProcedure(scope: ApiScope) {
  return publicProcedure.use(async ({ ctx, next }) => {
    const policy = ctx.rateLimit ?? DEFAULT_API_RATE_LIMIT;
    let authenticated: Awaited<ReturnType<typeof spendApiKey>>;
    try {
      authenticated = await spendApiKey(ctx.db, ctx.apiKeyToken ?? null, policy);
    } catch (error) {
      if (isAppError(error) && error.code === 'UNAUTHENTICATED') {
        const failures = await consumeRateLimit(ctx.db, rateLimitBucket.failedKey(ctx.clientAddress ?? 'unknown'), {
          limit: policy.failedKeyLimit,
          windowSeconds: policy.windowSeconds,
        });
        if (!failures.allowed) {
          ctx.setHeader?.('Retry-After', String(failures.resetSeconds));
          throw toTrpcError(
            new AppError(
              'TOO_MANY_REQUESTS',
              `Too many failed API key attempts from your address: try again in ${failures.resetSeconds} s.`,
            ),
          );
        }
      }
      throw isAppError(error) ? toTrpcError(error) : error;
    }
    const { actor, key, ownerId, budget } = authenticated;
    setHeaders(ctx, budget.headers);
    if (!budget.allowed) {
      throw toTrpcError(
        new AppError(
          'TOO_MANY_REQUESTS',
          `Too many requests for this API key: the limit is ${policy.limit} per ${policy.windowSeconds} s.`,
        ),
      );
    }
    try {
      requireApiScope(key, scope);
    } catch (error) {
      throw isAppError(error) ? toTrpcError(error) : error;
    }
    return next({
      ctx: { ...ctx, actor, apiKey: key, apiKeyOwnerId: ownerId, publicUrl: ctx.publicUrl ?? 'http://localhost:3000' },
    });
  });
}
