import type { SearchParams } from '../../search-params';
import { HydrateClient, getQueryClient, trpc } from '../../../trpc/server';
import { filterFromParams } from './queue-filter';
import { QueueView } from './queue-view';

export const dynamic = 'force-dynamic';

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = filterFromParams(await searchParams);
  await getQueryClient().prefetchQuery(trpc.claim.list.queryOptions(filter));
  return (
    <HydrateClient>
      <QueueView />
    </HydrateClient>
  );
}
