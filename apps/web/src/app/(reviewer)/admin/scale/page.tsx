import { redirect } from 'next/navigation';
import { can } from '@claimledger/domain';
import { getActor } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { ScaleEditor } from './scale-editor';

export const dynamic = 'force-dynamic';

export default async function ScalePage() {
  const actor = await getActor();
  if (!actor || !can(actor.role, 'scale:manage')) redirect('/claims');
  await getQueryClient().prefetchQuery(trpc.review.verdictLabels.queryOptions());
  return (
    <HydrateClient>
      <ScaleEditor />
    </HydrateClient>
  );
}
