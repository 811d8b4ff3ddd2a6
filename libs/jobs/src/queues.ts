import type { TJobName } from '@claimledger/contracts';

export const DEAD_LETTER: TJobName = 'dead-letter';

type QueuePolicy = {
  retryLimit: number;
  expireInSeconds: number;
  retryDelay: number;
  retryDelayMax: number;
  /** Keyed jobs: one waiting or running job per key (every job of the kind must carry a key). */
  keyed?: boolean;
};

/** Retries with exponential backoff (retryDelay · 2^n, capped), then the dead-letter queue. */
export const QUEUE_POLICIES: Record<TJobName, QueuePolicy> = {
  'webhook-deliver': { keyed: true, retryLimit: 8, expireInSeconds: 120, retryDelay: 5, retryDelayMax: 3600 },
  'webhook-sweep': { keyed: true, retryLimit: 1, expireInSeconds: 120, retryDelay: 5, retryDelayMax: 60 },
  'citation-archive': { keyed: true, retryLimit: 4, expireInSeconds: 300, retryDelay: 10, retryDelayMax: 3600 },
  'citation-sweep': { keyed: true, retryLimit: 1, expireInSeconds: 300, retryDelay: 5, retryDelayMax: 60 },
  ingest: { retryLimit: 4, expireInSeconds: 900, retryDelay: 5, retryDelayMax: 1800 },
  'source-poll': { keyed: true, retryLimit: 2, expireInSeconds: 600, retryDelay: 30, retryDelayMax: 1800 },
  'source-sweep': { keyed: true, retryLimit: 1, expireInSeconds: 300, retryDelay: 5, retryDelayMax: 60 },
  housekeeping: { keyed: true, retryLimit: 1, expireInSeconds: 300, retryDelay: 60, retryDelayMax: 600 },
  // A file is rewritten from the start on each attempt; a long report may take minutes.
  export: { keyed: true, retryLimit: 2, expireInSeconds: 1800, retryDelay: 30, retryDelayMax: 600 },
  'dead-letter': { retryLimit: 0, expireInSeconds: 60, retryDelay: 0, retryDelayMax: 0 },
};

/**
 * Workers refresh a heartbeat every few seconds; a job whose worker stops beating (killed,
 * machine gone) goes back to retry at the next supervision pass.
 */
export const HEARTBEAT_SECONDS = 10;
