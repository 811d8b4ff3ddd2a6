import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { TExtractedClaim } from '@claimledger/contracts';
import { findWorkspaceRoot } from '@claimledger/db';
import type { Extractor } from '@claimledger/services';

export type ExtractPool = { extract: Extractor; close(): Promise<void> };

/**
 * Claim extraction in a pool of worker threads, so a large article never holds the event loop
 * of the process that ingests it (the web server answers on while its in-process worker ingests).
 */
export function createExtractPool(threads = Math.max(1, Math.min(4, availableParallelism() - 1))): ExtractPool {
  const pool = new Piscina({
    filename: path.join(findWorkspaceRoot(), 'libs/jobs/src/extract-worker.mjs'),
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    extract: (text, publishedAt) =>
      pool.run({ text, publishedAt: publishedAt?.toISOString() ?? null }) as Promise<TExtractedClaim[]>,
    close: () => pool.destroy(),
  };
}
