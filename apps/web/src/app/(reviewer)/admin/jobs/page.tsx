import { requirePagePermission } from '../../../../server/session';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { JobsMonitor } from './jobs-monitor';

export const dynamic = 'force-dynamic';

export default async function JobsPage() {
  await requirePagePermission('job:manage');
  await getQueryClient().prefetchQuery(trpc.job.overview.queryOptions());
  return (
    <HydrateClient>
      <JobsMonitor />
    </HydrateClient>
  );
}
