import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { ApiContext } from '../context';
import { appRouter } from '../root';
import { clientAddress } from './client-address';
import { apiKeyToken } from './api-key-token';

export const TRPC_ENDPOINT = '/api/trpc';

/** What the HTTP entry resolves per request; the handler adds the key, address and header setter. */
export type BaseContext = Omit<ApiContext, 'apiKeyToken' | 'clientAddress' | 'setHeader'>;

/** The tRPC HTTP entry (`/api/trpc`): the web app's route and the test servers use this one handler. */
export function createTrpcHandler(resolveContext: (req: Request) => Promise<BaseContext>): (req: Request) => Promise<Response> {
  return (req) =>
    fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req,
      router: appRouter,
      createContext: async ({ resHeaders }): Promise<ApiContext> => ({
        ...(await resolveContext(req)),
        apiKeyToken: apiKeyToken(req),
        clientAddress: clientAddress(req),
        setHeader: (name, value) => resHeaders.set(name, value),
      }),
    });
}
