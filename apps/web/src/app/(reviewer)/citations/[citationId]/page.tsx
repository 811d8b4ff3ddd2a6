import { prefetchOrNotFound } from '../../../../trpc/prefetch-or-not-found';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { ArchivedCopyView } from './archived-copy-view';

export const dynamic = 'force-dynamic';

export default async function ArchivedCopyPage({ params }: { params: Promise<{ citationId: string }> }) {
  const { citationId } = await params;
  await prefetchOrNotFound(() =>
    getQueryClient().fetchQuery({ ...trpc.citation.archivedCopy.queryOptions({ id: citationId }), retry: false }),
  );
  return (
    <HydrateClient>
      <ArchivedCopyView citationId={citationId} />
    </HydrateClient>
  );
}
