import 'server-only';
import { appRouter } from '@claimledger/api';
import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { cache, type ReactNode } from 'react';
import { createApiContext } from '../server/context';
import { makeQueryClient } from './query-client';

export const getQueryClient = cache(makeQueryClient);

/** Server-side tRPC: server components prefetch through it and hydrate the client. */
export const trpc = createTRPCOptionsProxy({ ctx: createApiContext, router: appRouter, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
