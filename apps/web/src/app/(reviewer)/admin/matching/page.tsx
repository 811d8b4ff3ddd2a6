import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { MatchingSettings } from './matching-settings';

export const dynamic = 'force-dynamic';

export default async function MatchingPage() {
  await requirePagePermission('scale:manage');
  await getQueryClient().prefetchQuery(trpc.tracking.settings.queryOptions());
  return (
    <HydrateClient>
      <MatchingSettings />
    </HydrateClient>
  );
}
