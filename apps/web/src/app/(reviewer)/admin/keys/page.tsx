import { can } from '@claimledger/domain';
import { redirect } from 'next/navigation';
import { getActor } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { KeysManager } from './keys-manager';

export const dynamic = 'force-dynamic';

export default async function KeysPage() {
  const actor = await getActor();
  if (!actor || !can(actor.role, 'key:manage')) redirect('/claims');
  await getQueryClient().prefetchQuery(trpc.key.list.queryOptions());
  return (
    <HydrateClient>
      <KeysManager />
    </HydrateClient>
  );
}
