import type { RateLimitPolicy } from '@claimledger/auth';
import type { TPublishingEnv } from '@claimledger/contracts';
import type { Actor, ArchiveQueue, ExportQueue, IngestRunner, JobAdmin, ServiceDb } from '@claimledger/services';

/** The budgets of API-key procedures: per authenticated key, and failed key attempts per client address. */
export type ApiRateLimit = RateLimitPolicy & { failedKeyLimit: number };

export const DEFAULT_API_RATE_LIMIT: ApiRateLimit = { limit: 600, windowSeconds: 60, failedKeyLimit: 60 };

/**
 * Resolved once per request by the HTTP entry: the database, who is asking (null: signed out)
 * and the queue that archives citation sources in the background.
 */
export type ApiContext = {
  db: ServiceDb;
  actor: Actor | null;
  archiveQueue: ArchiveQueue;
  /** Runs ingests as jobs in workers and waits for them; without it they run in this process. */
  ingestRunner?: IngestRunner;
  /** Sends `export` jobs (reports prepared in the background); without it those are refused. */
  exportQueue?: ExportQueue;
  /** Who publishes reports (organisation name and URL); the defaults when absent. */
  publishing?: TPublishingEnv;
  /** The job queue, for the admin page (counts, failures, retry, cancel). */
  jobs?: JobAdmin;
  /** The bearer token of a REST request, checked by `apiKeyProcedure`. */
  apiKeyToken?: string | null;
  /** Where published reviews live, for the ClaimReview URLs consumers get. */
  publicUrl?: string;
  /** Server-side fetches (ingest by URL) may reach loopback and private networks (tests, intranets). */
  allowPrivateHosts?: boolean;
  /** The client's network address, for the failed-key budget ("unknown" when not known). */
  clientAddress?: string;
  /** Sets a header on the HTTP response (RateLimit fields); absent for in-process callers. */
  setHeader?: (name: string, value: string) => void;
  /** The API-key budgets; the defaults when absent. */
  rateLimit?: ApiRateLimit;
};
