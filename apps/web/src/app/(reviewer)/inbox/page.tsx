import { HydrateClient, getQueryClient, trpc } from '../../../trpc/server';
import { InboxView } from './inbox-view';

export const dynamic = 'force-dynamic';

export default async function InboxPage() {
  await getQueryClient().prefetchQuery(trpc.inbox.get.queryOptions());
  return (
    <HydrateClient>
      <InboxView />
    </HydrateClient>
  );
}
