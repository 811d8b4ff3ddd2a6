import type { ArchiveQueue, IngestRunner, ServiceDb } from '@claimledger/services';
import { TRPCError } from '@trpc/server';
import { createOpenApiNodeHttpHandler, generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { appRouter } from '../root';
import type { ApiContext, ApiRateLimit } from '../context';
import { apiKeyToken } from '../http/api-key-token';
import { clientAddress } from '../http/client-address';

export const REST_ENDPOINT = '/api';

export type RestOptions = {
  db: ServiceDb;
  archiveQueue: ArchiveQueue;
  ingestRunner?: IngestRunner;
  /** Base URL of public links, fixed or worked out from each request. */
  publicUrl: string | ((req: Request) => string);
  rateLimit: ApiRateLimit;
  allowPrivateHosts?: boolean;
};

type NodeStyleResponse = {
  statusCode: number;
  setHeader(name: string, value: string | string[]): void;
  end(body?: string): void;
};

/**
 * The query parameters, each as the list of its values. Built here because trpc-to-openapi's
 * own parser keys a plain object by parameter name, and `?toString=x` or `?__proto__=x` made it
 * throw (a 500). Names of Object.prototype's own plumbing are no parameter of ours: dropped.
 */
function queryOf(url: URL): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  url.searchParams.forEach((value, key) => {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    byName.set(key, [...(byName.get(key) ?? []), value]);
  });
  return Object.fromEntries(byName);
}

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
  const query = queryOf(new URL(req.url));
  return new Proxy(req, {
    get: (target, prop) => {
      if (prop === 'url') return url;
      if (prop === 'query') return query;
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
 * The REST view of the consumer procedures (`/api/v1/...`). Rate limits are the procedures'
 * own (`apiKeyProcedure`), shared with tRPC. Errors keep the procedures' meaning: 401 bad key,
 * 403 missing scope, 404, 429. The trpc-to-openapi handler is built once here (its fetch
 * adapter rebuilds it on every request).
 */
export function createRestHandler(options: RestOptions): (req: Request) => Promise<Response> {
  const handle = createOpenApiNodeHttpHandler({
    router: appRouter,
    createContext: ({ req, res }: { req: Request; res: NodeStyleResponse }): ApiContext => ({
      db: options.db,
      actor: null,
      archiveQueue: options.archiveQueue,
      ...(options.ingestRunner ? { ingestRunner: options.ingestRunner } : {}),
      apiKeyToken: apiKeyToken(req),
      clientAddress: clientAddress(req),
      publicUrl: typeof options.publicUrl === 'string' ? options.publicUrl : options.publicUrl(req),
      allowPrivateHosts: options.allowPrivateHosts ?? false,
      rateLimit: options.rateLimit,
      setHeader: (name, value) => res.setHeader(name, value),
    }),
  } as unknown as Parameters<typeof createOpenApiNodeHttpHandler>[0]) as unknown as (
    req: Request,
    res: NodeStyleResponse,
  ) => Promise<void>;

  return async (req) => {
    const proxied = await nodeStyleRequest(req);
    return new Promise<Response>((resolve, reject) => {
      const headers = new Headers();
      const res: NodeStyleResponse = {
        statusCode: 200,
        setHeader: (name, value) => {
          headers.delete(name);
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
