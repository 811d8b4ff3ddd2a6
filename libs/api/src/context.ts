import type { Actor, ServiceDb } from '@claimledger/services';

/** Resolved once per request by the HTTP entry: the database and who is asking (null: signed out). */
export type ApiContext = {
  db: ServiceDb;
  actor: Actor | null;
};
