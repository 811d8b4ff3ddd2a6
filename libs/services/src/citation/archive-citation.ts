import { findCitation, listPendingCitationIds, saveArchiveFailure, saveArchivedCopy, type DbClient } from '@claimledger/db';
import { pageText } from '../article/clean-html';
import { anchorQuote } from './anchor-quote';
import { fetchSource, type FetchSourceOptions } from './fetch-source';

/** The readable text of an archived body: HTML is reduced to its text, plain text kept. */
export function archivedText(body: string, contentType = 'text/html'): string {
  return /^text\/plain/i.test(contentType) || !/<[a-z!]/i.test(body) ? body : pageText(body);
}

/**
 * Fetches a citation's source, stores the copy with its hash and fetch time and anchors the
 * quote in it; a source that cannot be fetched is recorded as failed with the reason.
 */
export async function archiveCitation(db: DbClient, id: string, options: FetchSourceOptions = {}): Promise<void> {
  const citation = await findCitation(db, id);
  if (!citation || citation.archive.status !== 'pending') return;
  let fetched;
  try {
    fetched = await fetchSource(citation.sourceUrl, options);
  } catch (error) {
    await saveArchiveFailure(db, id, error instanceof Error ? error.message : String(error));
    return;
  }
  const anchored = anchorQuote(archivedText(fetched.body, fetched.contentType), citation.selector.exact);
  await saveArchivedCopy(db, id, {
    url: fetched.url,
    body: fetched.body,
    hash: fetched.hash,
    archivedAt: new Date(),
    quote: anchored && { exact: anchored.exact, prefix: anchored.prefix, suffix: anchored.suffix },
  });
}

/** Ids of citations still waiting for their archived copy, oldest first (the `citation-sweep` job). */
export function listPendingCitations(db: DbClient, limit = 500): Promise<string[]> {
  return listPendingCitationIds(db, limit);
}

/** Archives every pending citation, oldest first; returns how many it tried. */
export async function archivePendingCitations(db: DbClient, options: FetchSourceOptions = {}, limit = 100): Promise<number> {
  const ids = await listPendingCitationIds(db, limit);
  for (const id of ids) await archiveCitation(db, id, options);
  return ids.length;
}
