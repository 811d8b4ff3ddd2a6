import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { SourcesManager } from './sources-manager';

export const dynamic = 'force-dynamic';

export default async function SourcesPage() {
  await requirePagePermission('source:manage');
  await getQueryClient().prefetchQuery(trpc.source.list.queryOptions());
  return (
    <HydrateClient>
      <SourcesManager />
    </HydrateClient>
  );
}
