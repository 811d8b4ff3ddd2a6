import type { Extractor, ServiceDb } from '@claimledger/services';

/** What job handlers run with: the process's database and its network policy. */
export type WorkerDeps = {
  db: ServiceDb;
  /** Fetches may reach loopback and private networks (tests, intranets). */
  allowPrivateHosts: boolean;
  /** Jobs of one kind this process runs at a time. */
  concurrency: number;
  /** Where claim extraction runs: a worker-thread pool (createExtractPool) or inline. */
  extract?: Extractor;
};
