import { prefetchOrNotFound } from '../../../../trpc/prefetch-or-not-found';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { Workbench } from './workbench';

export const dynamic = 'force-dynamic';

export default async function ClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const queryClient = getQueryClient();
  const claim = await prefetchOrNotFound(() =>
    queryClient.fetchQuery({ ...trpc.claim.get.queryOptions({ id: claimId }), retry: false }),
  );
  await Promise.all([
    queryClient.prefetchQuery(trpc.review.verdictLabels.queryOptions()),
    claim ? queryClient.prefetchQuery(trpc.article.get.queryOptions({ id: claim.articleId })) : null,
  ]);
  return (
    <HydrateClient>
      <Workbench claimId={claimId} />
    </HydrateClient>
  );
}
