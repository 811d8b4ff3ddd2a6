import { prefetchOrNotFound } from '../../../../trpc/prefetch-or-not-found';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { TrackedClaimView } from './tracked-claim-view';

export const dynamic = 'force-dynamic';

export default async function TrackedClaimPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  const queryClient = getQueryClient();
  await prefetchOrNotFound(() =>
    queryClient.fetchQuery({ ...trpc.tracking.trackedClaim.queryOptions({ id: groupId }), retry: false }),
  );
  return (
    <HydrateClient>
      <TrackedClaimView groupId={groupId} />
    </HydrateClient>
  );
}
