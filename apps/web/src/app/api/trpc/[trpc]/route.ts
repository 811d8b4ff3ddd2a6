import { appRouter } from '@claimledger/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createApiContext } from '../../../../server/context';

export const dynamic = 'force-dynamic';

const handler = (req: Request) =>
  fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, createContext: createApiContext });

export { handler as GET, handler as POST };
