import { ZBulkArticleLine, type TIngestArticleInput } from '@claimledger/contracts';
import type { DbClient } from '@claimledger/db';
import { inlineExtractor, type Extractor } from './extractor';
import { ingestArticleId } from './ingest-article';

/** One article to ingest: where it came from ("file.jsonl:12"), and its JSON line or its file's text. */
export type BulkItem = { where: string } & (
  | { kind: 'json'; raw: string }
  | { kind: 'file'; body: string; format: 'text' | 'html' }
  /** Refused before reading (a file too large, unreadable). */
  | { kind: 'refused'; reason: string }
);

export type BulkRefusal = { where: string; reason: string };
export type BulkSummary = { ingested: number; duplicates: number; refused: BulkRefusal[]; done: number };
export type BulkOptions = {
  extract?: Extractor;
  /** Articles in flight at once (extraction runs in the pool's threads meanwhile). */
  concurrency?: number;
  onProgress?: (summary: BulkSummary) => void;
};

function inputOf(item: BulkItem): TIngestArticleInput {
  if (item.kind === 'refused') throw new Error(item.reason);
  if (item.kind === 'file') return { body: item.body, format: item.format, source: 'bulk' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(item.raw);
  } catch {
    throw new Error('not a JSON object');
  }
  const line = ZBulkArticleLine.safeParse(parsed);
  if (!line.success) throw new Error(line.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
  const { text, html, title, url, publisher, publishedAt } = line.data;
  return {
    body: html ?? text ?? '',
    format: html !== undefined ? 'html' : 'text',
    source: 'bulk',
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(publisher ? { publisher } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Ingests many articles, a few at a time: each one is stored once (a re-run finds the same texts
 * and counts them as duplicates), and a bad line is refused with its place and reason without
 * stopping the rest.
 */
export async function ingestBulk(db: DbClient, items: AsyncIterable<BulkItem>, options: BulkOptions = {}): Promise<BulkSummary> {
  const summary: BulkSummary = { ingested: 0, duplicates: 0, refused: [], done: 0 };
  const extract = options.extract ?? inlineExtractor;
  const limit = Math.max(1, options.concurrency ?? 4);
  const running = new Set<Promise<void>>();
  const one = async (item: BulkItem) => {
    try {
      const { created } = await ingestArticleId(db, inputOf(item), extract);
      if (created) summary.ingested++;
      else summary.duplicates++;
    } catch (error) {
      summary.refused.push({ where: item.where, reason: reasonOf(error) });
    }
    summary.done++;
    options.onProgress?.(summary);
  };
  for await (const item of items) {
    const task = one(item).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  return summary;
}
