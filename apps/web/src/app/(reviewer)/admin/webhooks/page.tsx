import { can } from '@claimledger/domain';
import { redirect } from 'next/navigation';
import { getActor } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { WebhooksManager } from './webhooks-manager';

export const dynamic = 'force-dynamic';

export default async function WebhooksPage() {
  const actor = await getActor();
  if (!actor || !can(actor.role, 'key:manage')) redirect('/claims');
  await getQueryClient().prefetchQuery(trpc.webhook.list.queryOptions());
  return (
    <HydrateClient>
      <WebhooksManager />
    </HydrateClient>
  );
}
