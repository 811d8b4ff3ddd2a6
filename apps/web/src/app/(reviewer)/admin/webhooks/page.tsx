import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { WebhooksManager } from './webhooks-manager';

export const dynamic = 'force-dynamic';

export default async function WebhooksPage() {
  await requirePagePermission('key:manage');
  await getQueryClient().prefetchQuery(trpc.webhook.list.queryOptions());
  return (
    <HydrateClient>
      <WebhooksManager />
    </HydrateClient>
  );
}
