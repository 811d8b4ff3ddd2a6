import 'server-only';
import { ensureDemoAccounts } from '@claimledger/auth';
import { countUsers, type Database } from '@claimledger/db';
import { seedDemoReviews } from '@claimledger/services';

export { DEMO_PASSWORD, DEMO_USERS } from '@claimledger/auth';

/** Demo mode only: on a database without users, one account per role and the demo reviews. */
export async function seedDemoUsers(db: Database): Promise<void> {
  if ((await countUsers(db.prisma)) > 0) return;
  const { actors } = await ensureDemoAccounts(db.prisma);
  const reviewer = actors.get('reviewer');
  const editor = actors.get('editor');
  // A published review with an archived citation and one waiting for approval.
  if (!reviewer || !editor) return;
  try {
    if (await seedDemoReviews(db.prisma, { reviewer, editor })) console.log('claimledger: added demo reviews');
  } catch (error) {
    console.error('claimledger: could not add the demo reviews; the product runs without them.', error);
  }
}
