import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { KeysManager } from './keys-manager';

export const dynamic = 'force-dynamic';

export default async function KeysPage() {
  await requirePagePermission('key:manage');
  await getQueryClient().prefetchQuery(trpc.key.list.queryOptions());
  return (
    <HydrateClient>
      <KeysManager />
    </HydrateClient>
  );
}
