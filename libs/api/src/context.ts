import type { Actor, ArchiveQueue, ServiceDb } from '@claimledger/services';

/**
 * Resolved once per request by the HTTP entry: the database, who is asking (null: signed out)
 * and the queue that archives citation sources in the background.
 */
export type ApiContext = {
  db: ServiceDb;
  actor: Actor | null;
  archiveQueue: ArchiveQueue;
  /** The bearer token of a REST request, checked by `apiKeyProcedure`. */
  apiKeyToken?: string | null;
  /** Where published reviews live, for the ClaimReview URLs consumers get. */
  publicUrl?: string;
  /** Server-side fetches (ingest by URL) may reach loopback and private networks (tests, intranets). */
  allowPrivateHosts?: boolean;
};
