import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { TrackedClaimView } from './tracked-claim-view';

export const dynamic = 'force-dynamic';

export default async function TrackedClaimPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  await getQueryClient().prefetchQuery(trpc.tracking.trackedClaim.queryOptions({ id: groupId }));
  return (
    <HydrateClient>
      <TrackedClaimView groupId={groupId} />
    </HydrateClient>
  );
}
