import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { Workbench } from './workbench';

export const dynamic = 'force-dynamic';

export default async function ClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.claim.get.queryOptions({ id: claimId })),
    queryClient.prefetchQuery(trpc.review.verdictLabels.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <Workbench claimId={claimId} />
    </HydrateClient>
  );
}
