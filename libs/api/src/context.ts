import type { Actor, ServiceDb } from '@claimledger/services';

/** Resolved once per request by the HTTP entry. */
export type ApiContext = {
  db: ServiceDb;
  actor: Actor;
};
