import 'server-only';
import { isAppError } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';

/**
 * Runs a page's main server-side fetch (`queryClient.fetchQuery({ ...options, retry: false })`):
 * a record that does not exist, or an id that cannot be one, answers 404 with the not-found page
 * at once instead of a client that retries. A record that exists with nothing to show yet (an
 * archive still pending) gives null, for the view to explain.
 */
export async function prefetchOrNotFound<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (isAppError(error.cause) && error.cause.details?.['archivePending']) return null;
    if (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST') notFound();
    throw error;
  }
}
