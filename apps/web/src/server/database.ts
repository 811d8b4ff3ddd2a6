import 'server-only';
import { openDatabase, type Database } from '@claimledger/db';
import { CitationArchiver, WebhookDispatcher, describePublicUrl, seedDemoData } from '@claimledger/services';
import { seedDemoUsers } from './demo-users';
import { webEnv } from './env';

type Server = { db: Database; archiver: CitationArchiver };
const holder = globalThis as typeof globalThis & { claimledger?: Promise<Server> };

/**
 * The server's one database: opened (and, when embedded, locked and migrated) once per
 * process; demo data is loaded into an empty database. The citation archiver works in the
 * background beside it and resumes what a previous run left pending.
 */
export function getServer(): Promise<Server> {
  holder.claimledger ??= (async () => {
    const db = await openDatabase();
    console.log(`claimledger: ${describePublicUrl(webEnv)}`);
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
    const archiver = new CitationArchiver(db.prisma, { allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow' });
    void archiver.resume().catch((error: unknown) => console.error('claimledger: resuming archiving failed', error));
    new WebhookDispatcher(db.prisma, { allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow' }).start();
    return { db, archiver };
  })();
  return holder.claimledger;
}

export async function getDatabase(): Promise<Database> {
  return (await getServer()).db;
}
