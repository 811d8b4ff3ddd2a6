import { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode } from '@claimledger/domain';
import { ingestArticleId, ingestFromUrl, type IngestOutcome, type IngestRunner } from '@claimledger/services';
import type { JobQueue } from '../job-queue';
import { JobFailedError } from '../pg-boss-queue';
import type { WorkerDeps } from '../worker-deps';

export const ZIngestJob = z.discriminatedUnion('kind', [
  /** Fetch, clean, extract, store and match the article at a URL (typed in, or found in a feed). */
  z.object({ kind: z.literal('url'), url: z.string().min(1), sourceId: z.string().optional() }),
  /** Extract, store and match an article given as text or HTML (validated by ingestArticle). */
  z.object({ kind: z.literal('article'), input: z.record(z.string(), z.unknown()) }),
]);
export type TIngestJob = z.infer<typeof ZIngestJob>;

const ZIngestOutcome = z.object({ articleId: z.string(), created: z.boolean(), revised: z.boolean(), version: z.number().int() });

/** `ingest`: idempotent (an article is stored once per text; a changed text becomes a new version). */
export function workIngest(queue: JobQueue, deps: WorkerDeps): Promise<void> {
  return queue.work(
    'ingest',
    (data) => ZIngestJob.parse(data),
    async (job): Promise<IngestOutcome> => {
      if (job.kind === 'url') {
        const result = await ingestFromUrl(
          deps.db,
          { url: job.url },
          { allowPrivateHosts: deps.allowPrivateHosts, source: job.sourceId ? 'feed' : 'url', extract: deps.extract },
        );
        return { articleId: result.article.id, created: result.created, revised: result.revised, version: result.version };
      }
      const result = await ingestArticleId(deps.db, job.input as Parameters<typeof ingestArticleId>[1], deps.extract);
      return { ...result, revised: false, version: 1 };
    },
    { concurrency: deps.concurrency },
  );
}

const isErrorCode = (code: string | null): code is ErrorCode => code !== null && code in ERROR_CODES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Runs ingests as `ingest` jobs and waits for them (the web server's ingest by URL and by text).
 * One attempt: the person waiting sees the reason of a refusal (an AppError's code and message)
 * at once; anything else is INTERNAL, passed on with only the id the worker logged it with.
 */
export function ingestRunnerOf(queue: JobQueue, timeoutMs = 120_000): IngestRunner {
  return {
    async run(request) {
      try {
        return ZIngestOutcome.parse(await queue.sendAndWait('ingest', request, { retryLimit: 0, timeoutMs }));
      } catch (error) {
        if (!(error instanceof JobFailedError)) throw error;
        if (error.code === 'TIMEOUT') throw new AppError('UNAVAILABLE', `The article is still being ingested: ${error.message}.`);
        if (isErrorCode(error.code) && error.code !== 'INTERNAL') throw new AppError(error.code, error.message);
        // Its message is not shown (the API answers with the id alone); an unknown code may come
        // from a job failed before jobFailureOf, its message raw driver text.
        const errorId = error.errorId && UUID.test(error.errorId) ? error.errorId : undefined;
        throw new AppError('INTERNAL', 'The ingest job failed on an internal error.', errorId ? { errorId } : undefined);
      }
    },
  };
}
