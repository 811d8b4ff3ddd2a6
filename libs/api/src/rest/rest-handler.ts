import type { ArchiveQueue, ServiceDb } from '@claimledger/services';
import { TRPCError } from '@trpc/server';
import { createOpenApiNodeHttpHandler, generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { appRouter } from '../root';
import { spend, type RateLimit } from './rate-limit';

export const REST_ENDPOINT = '/api';

export type RestOptions = {
  db: ServiceDb;
  archiveQueue: ArchiveQueue;
  /** Base URL of public links, fixed or worked out from each request. */
  publicUrl: string | ((req: Request) => string);
  rateLimit: RateLimit;
  allowPrivateHosts?: boolean;
};

/** The API key of a request: `Authorization: Bearer clk_…` (or `X-API-Key`). */
export function apiKeyToken(req: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  return bearer ?? req.headers.get('x-api-key');
}

/** Budgets are per key (its visible prefix); requests without a usable key share one. */
const budgetKey = (token: string | null) => /^clk_([a-z0-9]{10})_/.exec(token ?? '')?.[1] ?? 'anonymous';

type NodeStyleResponse = {
  statusCode: number;
  setHeader(name: string, value: string | string[]): void;
  end(body?: string): void;
};

/** The request as trpc-to-openapi's node handler reads it: URL without the endpoint, JSON body parsed. */
async function nodeStyleRequest(req: Request): Promise<Request> {
  const url = req.url.replace(REST_ENDPOINT, '');
  const text = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
  let body: unknown = undefined;
  let bodyError: unknown = null;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch (error) {
    bodyError = error;
  }
  return new Proxy(req, {
    get: (target, prop) => {
      if (prop === 'url') return url;
      if (prop === 'body') {
        if (bodyError)
          throw new TRPCError({ code: 'PARSE_ERROR', message: 'The request body is not valid JSON.', cause: bodyError });
        return body;
      }
      return Reflect.get(target, prop) as unknown;
    },
  });
}

/**
 * The REST view of the consumer procedures (`/api/v1/...`), with per-key rate limiting.
 * Errors keep the procedures' meaning: 401 bad key, 403 missing scope, 404, 429. The
 * trpc-to-openapi handler is built once here (its fetch adapter rebuilds it on every request).
 */
export function createRestHandler(options: RestOptions): (req: Request) => Promise<Response> {
  const handle = createOpenApiNodeHttpHandler({
    router: appRouter,
    createContext: ({ req }: { req: Request }) => ({
      db: options.db,
      actor: null,
      archiveQueue: options.archiveQueue,
      apiKeyToken: apiKeyToken(req),
      publicUrl: typeof options.publicUrl === 'string' ? options.publicUrl : options.publicUrl(req),
      allowPrivateHosts: options.allowPrivateHosts ?? false,
    }),
  } as unknown as Parameters<typeof createOpenApiNodeHttpHandler>[0]) as unknown as (
    req: Request,
    res: NodeStyleResponse,
  ) => Promise<void>;

  return async (req) => {
    const budget = await spend(options.rateLimit, budgetKey(apiKeyToken(req)));
    if (!budget.allowed) {
      const message = `Too many requests for this API key: the limit is ${options.rateLimit.limit} per ${options.rateLimit.windowSeconds} s.`;
      return Response.json({ message, code: 'TOO_MANY_REQUESTS' }, { status: 429, headers: budget.headers });
    }
    const proxied = await nodeStyleRequest(req);
    return new Promise<Response>((resolve, reject) => {
      const headers = new Headers(budget.headers);
      const res: NodeStyleResponse = {
        statusCode: 200,
        setHeader: (name, value) => {
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        },
        end: (body) => resolve(new Response(body, { status: res.statusCode, headers })),
      };
      handle(proxied, res).catch(reject);
    });
  };
}

/** The OpenAPI 3.1 document of the REST view. */
export function openApiDocument(publicUrl: string): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: 'ClaimLedger API',
    description: 'Claim status for consumers. Authenticate with an API key: `Authorization: Bearer clk_…`.',
    version: '1.0.0',
    baseUrl: new URL(REST_ENDPOINT, publicUrl).href,
    securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A ClaimLedger API key (clk_…)' } },
  });
}
