import type { ArchiveQueue, ServiceDb } from '@claimledger/services';
import { createOpenApiFetchHandler, generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { appRouter } from '../root';
import { spend, type RateLimit } from './rate-limit';

export const REST_ENDPOINT = '/api';

export type RestOptions = { db: ServiceDb; archiveQueue: ArchiveQueue; publicUrl: string; rateLimit: RateLimit };

/** The API key of a request: `Authorization: Bearer clk_…` (or `X-API-Key`). */
export function apiKeyToken(req: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  return bearer ?? req.headers.get('x-api-key');
}

/** Budgets are per key (its visible prefix); requests without a usable key share one. */
const budgetKey = (token: string | null) => /^clk_([a-z0-9]{10})_/.exec(token ?? '')?.[1] ?? 'anonymous';

/**
 * The REST view of the consumer procedures (`/api/v1/...`), with per-key rate limiting.
 * Errors keep the procedures' meaning: 401 bad key, 403 missing scope, 404, 429.
 */
export async function handleRestRequest(req: Request, options: RestOptions): Promise<Response> {
  const token = apiKeyToken(req);
  const budget = await spend(options.rateLimit, budgetKey(token));
  if (!budget.allowed) {
    const message = `Too many requests for this API key: the limit is ${options.rateLimit.limit} per ${options.rateLimit.windowSeconds} s.`;
    return Response.json({ message, code: 'TOO_MANY_REQUESTS' }, { status: 429, headers: budget.headers });
  }
  const response = await createOpenApiFetchHandler({
    endpoint: REST_ENDPOINT,
    router: appRouter,
    req,
    createContext: () => ({
      db: options.db,
      actor: null,
      archiveQueue: options.archiveQueue,
      apiKeyToken: token,
      publicUrl: options.publicUrl,
    }),
  });
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(budget.headers)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
