'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client';

/** Who is signed in (id, label, role), for showing only the actions their role allows. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions()).data ?? null;
}

/** Refreshes everything shown about claims after a change: the claim domain only. */
export function useInvalidateClaims() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [trpc.claim, trpc.review, trpc.citation, trpc.comment, trpc.article].map((route) =>
        queryClient.invalidateQueries(route.pathFilter()),
      ),
    );
}
