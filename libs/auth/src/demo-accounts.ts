import { findUserByEmail, type DbClient } from '@claimledger/db';
import type { Actor, Role } from '@claimledger/domain';
import { createUser } from './users';

/** The published password of every demo account (demo mode only). */
export const DEMO_PASSWORD = 'claimledger-demo';
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'reviewer@demo.claimledger.org', name: 'Rita Reviewer', role: 'reviewer' },
  { email: 'editor@demo.claimledger.org', name: 'Eddie Editor', role: 'editor' },
  { email: 'viewer@demo.claimledger.org', name: 'Vera Viewer', role: 'viewer' },
  { email: 'admin@demo.claimledger.org', name: 'Ada Admin', role: 'admin' },
];

/**
 * One demo account per role, each with the published demo password; accounts that exist
 * already are kept as they are, so running it twice changes nothing.
 */
export async function ensureDemoAccounts(db: DbClient): Promise<{ created: number; actors: Map<Role, Actor> }> {
  const actors = new Map<Role, Actor>();
  let created = 0;
  for (const spec of DEMO_USERS) {
    const existing = await findUserByEmail(db, spec.email);
    const user = existing ?? (await createUser(db, { ...spec, password: DEMO_PASSWORD })).user;
    if (!existing) created += 1;
    actors.set(spec.role, { id: user.id, label: user.email, role: user.role });
  }
  return { created, actors };
}
