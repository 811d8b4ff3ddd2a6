import { ZIngestUrlInput, parseInput, type TIngestUrlInput, type TIngestUrlResult } from '@claimledger/contracts';
import { findArticleIdByUrl, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import type { Resolver } from '../net/address-guard';
import { FetchError } from '../net/fetch-error';
import { guardedFetch } from '../net/guarded-fetch';
import { cleanHtml } from './clean-html';
import { storeArticle, type ArticleDraft } from './ingest-article';
import { assertLooksLikeText } from './normalise-text';
import { reviseArticle } from './revise-article';
import type { Extractor } from './extractor';

export type IngestUrlOptions = {
  allowPrivateHosts?: boolean;
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  /** How the URL came in: typed by a person ("url") or found in a feed ("feed"). */
  source?: 'url' | 'feed';
  /** Where extraction runs (a worker-thread pool in workers); inline by default. */
  extract?: Extractor;
};

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/**
 * Ingests the article at a URL: fetches it through the guarded fetcher, cleans it (metadata
 * first for headline, date, byline, publisher and canonical URL), then stores it. A URL (or
 * canonical URL) already stored gets a new version when its text changed.
 */
export async function ingestFromUrl(
  db: DbClient,
  raw: TIngestUrlInput,
  options: IngestUrlOptions = {},
): Promise<TIngestUrlResult> {
  const { url } = parseInput(ZIngestUrlInput, raw);
  const page = await guardedFetch(url, {
    allowPrivateHosts: options.allowPrivateHosts,
    resolve: options.resolve,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
    acceptTypes: PAGE_TYPES,
  }).catch((error: unknown) => {
    if (error instanceof FetchError)
      throw new AppError('UNPROCESSABLE', `Could not fetch ${url}: ${error.message}.`, { kind: error.kind });
    throw error;
  });
  assertLooksLikeText(page.text);
  const isHtml = !/^text\/plain\b/i.test(page.contentType);
  const cleaned = isHtml ? cleanHtml(page.text, page.url) : null;
  const draft: ArticleDraft = {
    text: cleaned ? cleaned.text : page.text,
    title: cleaned?.title ?? null,
    url,
    canonicalUrl: cleaned?.canonicalUrl ?? page.url,
    byline: cleaned?.byline ?? null,
    publishedAt: cleaned?.publishedAt ? new Date(cleaned.publishedAt) : null,
    publisher: cleaned?.siteName ?? null,
    language: 'en',
    source: options.source ?? 'url',
  };
  const known = await findArticleIdByUrl(db, [url, page.url, draft.canonicalUrl ?? '']);
  if (known) return reviseArticle(db, known, draft, options.extract);
  const stored = await storeArticle(db, draft, options.extract);
  return { ...stored, revised: false, version: 1 };
}
