import 'server-only';
import { openDatabase, type Database } from '@claimledger/db';
import { seedDemoData } from '@claimledger/services';
import { seedDemoUsers } from './demo-users';
import { webEnv } from './env';

const holder = globalThis as typeof globalThis & { claimledgerDb?: Promise<Database> };

/**
 * The server's one database: opened (and, when embedded, locked and migrated) once per
 * process; demo data is loaded into an empty database.
 */
export function getDatabase(): Promise<Database> {
  holder.claimledgerDb ??= (async () => {
    const db = await openDatabase();
    if (webEnv.CLAIMLEDGER_DEMO === 'on') {
      const { seeded, articles } = await seedDemoData(db.prisma);
      if (seeded) console.log(`claimledger: loaded ${articles} demo articles`);
      await seedDemoUsers(db);
    }
    const close = () => {
      void db.close().finally(() => process.exit(0));
    };
    process.once('SIGTERM', close);
    process.once('SIGINT', close);
    return db;
  })();
  return holder.claimledgerDb;
}
