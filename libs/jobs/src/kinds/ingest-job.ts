import { z } from 'zod';
import { ingestArticle, ingestFromUrl } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import type { WorkerDeps } from '../worker-deps';

export const ZIngestJob = z.discriminatedUnion('kind', [
  /** Fetch, clean, extract, store and match the article at a URL (typed in, or found in a feed). */
  z.object({ kind: z.literal('url'), url: z.string().min(1), sourceId: z.string().optional() }),
  /** Extract, store and match an article given as text or HTML (validated by ingestArticle). */
  z.object({ kind: z.literal('article'), input: z.record(z.string(), z.unknown()) }),
]);
export type TIngestJob = z.infer<typeof ZIngestJob>;

/** `ingest`: idempotent (an article is stored once per text; a changed text becomes a new version). */
export function workIngest(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'ingest',
    (data) => ZIngestJob.parse(data),
    async (job) => {
      const result =
        job.kind === 'url'
          ? await ingestFromUrl(
              deps.db,
              { url: job.url },
              { allowPrivateHosts: deps.allowPrivateHosts, source: job.sourceId ? 'feed' : 'url' },
            )
          : await ingestArticle(deps.db, job.input as Parameters<typeof ingestArticle>[1]);
      return { articleId: result.article.id, created: result.created, claims: result.article.claims.length };
    },
    { concurrency: deps.concurrency },
  );
}
