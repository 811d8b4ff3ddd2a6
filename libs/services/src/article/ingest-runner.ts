import {
  ZIngestArticleInput,
  ZIngestUrlInput,
  parseInput,
  type TIngestArticleInput,
  type TIngestResult,
  type TIngestUrlInput,
  type TIngestUrlResult,
} from '@claimledger/contracts';
import type { DbClient } from '@claimledger/db';
import { ingestArticle, loadArticle } from './ingest-article';
import { ingestFromUrl } from './ingest-from-url';

export type IngestRequest = { kind: 'url'; url: string; sourceId?: string } | { kind: 'article'; input: TIngestArticleInput };
export type IngestOutcome = { articleId: string; created: boolean; revised: boolean; version: number };

/**
 * Runs an ingest somewhere else and waits for it: the `ingest` job in a worker (libs/jobs), so
 * fetching and extraction never run on the web server's event loop.
 */
export type IngestRunner = { run(request: IngestRequest): Promise<IngestOutcome> };

export type SubmitIngestOptions = { runner?: IngestRunner; allowPrivateHosts?: boolean };

/** Ingest by URL through the runner when there is one (the server), else in this process. */
export async function submitUrlIngest(
  db: DbClient,
  raw: TIngestUrlInput,
  options: SubmitIngestOptions = {},
): Promise<TIngestUrlResult> {
  const { url } = parseInput(ZIngestUrlInput, raw);
  if (!options.runner) return ingestFromUrl(db, { url }, { allowPrivateHosts: options.allowPrivateHosts });
  const outcome = await options.runner.run({ kind: 'url', url });
  return {
    article: await loadArticle(db, outcome.articleId),
    created: outcome.created,
    revised: outcome.revised,
    version: outcome.version,
  };
}

/** Ingest of a pasted text or HTML through the runner when there is one, else in this process. */
export async function submitArticleIngest(
  db: DbClient,
  raw: TIngestArticleInput,
  options: SubmitIngestOptions = {},
): Promise<TIngestResult> {
  // Validated here first: bad input is a 400 at once, not a failed job.
  parseInput(ZIngestArticleInput, raw);
  if (!options.runner) return ingestArticle(db, raw);
  const outcome = await options.runner.run({ kind: 'article', input: raw });
  return { article: await loadArticle(db, outcome.articleId), created: outcome.created };
}
