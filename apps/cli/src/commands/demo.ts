import type { Command } from 'commander';
import { DEMO_PASSWORD, ensureDemoAccounts } from '@claimledger/auth';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { seedDemoData, seedDemoReviews } from '@claimledger/services';

/**
 * `claimledger demo`: what `npm start` does on an empty database, without the web server:
 * the demo articles, one account per role and the demo reviews (one published). Safe to run
 * again: what exists already is kept.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the demo articles, accounts and published reviews into the database')
    .action(async () => {
      const db = await openMigratedDatabase();
      try {
        const { seeded, articles } = await seedDemoData(db.prisma);
        console.log(seeded ? `Loaded ${articles} demo articles.` : 'Articles exist already: no demo articles added.');
        const { created, actors } = await ensureDemoAccounts(db.prisma);
        console.log(
          created > 0
            ? `Created ${created} demo accounts (reviewer@, editor@, viewer@, admin@demo.claimledger.org; password ${DEMO_PASSWORD}).`
            : 'The demo accounts exist already.',
        );
        const reviewer = actors.get('reviewer');
        const editor = actors.get('editor');
        const reviewed = reviewer && editor ? await seedDemoReviews(db.prisma, { reviewer, editor }) : false;
        console.log(
          reviewed
            ? 'Added the demo reviews: one published, one waiting for approval. Try `claimledger export --format markdown`.'
            : 'The demo reviews exist already (or their claims were changed): none added.',
        );
      } finally {
        await db.close();
      }
    });
}
