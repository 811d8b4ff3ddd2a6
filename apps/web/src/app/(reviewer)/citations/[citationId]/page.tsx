import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { ArchivedCopyView } from './archived-copy-view';

export const dynamic = 'force-dynamic';

export default async function ArchivedCopyPage({ params }: { params: Promise<{ citationId: string }> }) {
  const { citationId } = await params;
  await getQueryClient().prefetchQuery(trpc.citation.archivedCopy.queryOptions({ id: citationId }));
  return (
    <HydrateClient>
      <ArchivedCopyView citationId={citationId} />
    </HydrateClient>
  );
}
