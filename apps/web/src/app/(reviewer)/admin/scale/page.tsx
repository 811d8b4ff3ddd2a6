import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { ScaleEditor } from './scale-editor';

export const dynamic = 'force-dynamic';

export default async function ScalePage() {
  await requirePagePermission('scale:manage');
  await getQueryClient().prefetchQuery(trpc.review.verdictLabels.queryOptions());
  return (
    <HydrateClient>
      <ScaleEditor />
    </HydrateClient>
  );
}
