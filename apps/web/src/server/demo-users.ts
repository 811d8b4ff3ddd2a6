import 'server-only';
import { createUser } from '@claimledger/auth';
import { countUsers, type Database } from '@claimledger/db';
import type { Actor, Role } from '@claimledger/domain';
import { seedDemoReviews } from '@claimledger/services';

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
  const created = new Map<Role, Actor>();
  for (const spec of DEMO_USERS) {
    const { user } = await createUser(db.prisma, { ...spec, password: DEMO_PASSWORD });
    created.set(user.role, { id: user.id, label: user.email, role: user.role });
  }
  const reviewer = created.get('reviewer');
  const editor = created.get('editor');
  // A published review with an archived citation and one waiting for approval.
  if (!reviewer || !editor) return;
  try {
    if (await seedDemoReviews(db.prisma, { reviewer, editor })) console.log('claimledger: added demo reviews');
  } catch (error) {
    console.error('claimledger: could not add the demo reviews; the product runs without them.', error);
  }
}
