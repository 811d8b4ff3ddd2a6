import 'server-only';
import { createUser } from '@claimledger/auth';
import { countUsers, type Database } from '@claimledger/db';
import type { Role } from '@claimledger/domain';

export const DEMO_PASSWORD = 'claimledger-demo';
export const DEMO_USERS: Array<{ email: string; name: string; role: Role }> = [
  { email: 'reviewer@demo.claimledger.org', name: 'Rita Reviewer', role: 'reviewer' },
  { email: 'editor@demo.claimledger.org', name: 'Eddie Editor', role: 'editor' },
  { email: 'viewer@demo.claimledger.org', name: 'Vera Viewer', role: 'viewer' },
  { email: 'admin@demo.claimledger.org', name: 'Ada Admin', role: 'admin' },
];

/** Demo mode only: one account per role, all with the published demo password. */
export async function seedDemoUsers(db: Database): Promise<void> {
  if ((await countUsers(db.prisma)) > 0) return;
  for (const user of DEMO_USERS) await createUser(db.prisma, { ...user, password: DEMO_PASSWORD });
}
