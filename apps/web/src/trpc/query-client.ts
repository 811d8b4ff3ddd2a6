import { QueryClient, defaultShouldDehydrateQuery } from '@tanstack/react-query';
import superjson from 'superjson';

/** HTTP status of a failed tRPC call, when the error carries one. */
function statusOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object' || !('data' in error)) return undefined;
  const { data } = error as { data: unknown };
  if (!data || typeof data !== 'object' || !('httpStatus' in data)) return undefined;
  const { httpStatus } = data as { httpStatus: unknown };
  return typeof httpStatus === 'number' ? httpStatus : undefined;
}

/** Answers such as "not found" or "not allowed" do not change on a retry; network failures may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 3;
}

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
