import 'server-only';
import { openDatabase, type Database } from '@claimledger/db';
import {
  archiveQueueOf,
  createExtractPool,
  createJobQueue,
  exportQueueOf,
  ingestRunnerOf,
  readJobsEnv,
  startWorkers,
  type JobQueue,
} from '@claimledger/jobs';
import { describePublicUrl, seedDemoData, type ArchiveQueue, type ExportQueue, type IngestRunner } from '@claimledger/services';
import { seedDemoUsers } from './demo-users';
import { webEnv } from './env';

type Server = { db: Database; queue: JobQueue; archiveQueue: ArchiveQueue; exportQueue: ExportQueue; ingestRunner: IngestRunner };
const holder = globalThis as typeof globalThis & { claimledger?: Promise<Server> };

/**
 * The server's one database and job queue: opened (and, when embedded, locked and migrated)
 * once per process; demo data is loaded into an empty database. Unless CLAIMLEDGER_WORKERS is
 * `external`, this process also works jobs (the embedded PGlite belongs to one process, so
 * there the server is the worker). SIGTERM lets running jobs finish or releases them, then closes.
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
    const jobsEnv = readJobsEnv();
    const working = jobsEnv.CLAIMLEDGER_WORKERS === 'in-process';
    const queue = await createJobQueue(db.connection, {
      pollSeconds: jobsEnv.CLAIMLEDGER_JOBS_POLL_SECONDS,
      superviseSeconds: jobsEnv.CLAIMLEDGER_JOBS_SUPERVISE_SECONDS,
      schedule: working,
      supervise: working,
      instanceName: working ? 'web+worker' : 'web',
    });
    // Extraction runs in worker threads, never on the event loop that answers requests.
    const pool = working ? createExtractPool() : null;
    if (pool) {
      await startWorkers(queue, {
        db: db.prisma,
        allowPrivateHosts: webEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
        concurrency: jobsEnv.CLAIMLEDGER_JOBS_CONCURRENCY,
        extract: pool.extract,
      });
    }
    console.log(
      `claimledger: background jobs ${working ? 'run in this process' : 'run in external workers (claimledger worker)'}`,
    );
    const close = () => {
      void queue
        .stop()
        .catch((error: unknown) => console.error('claimledger: stopping the job queue failed', error))
        .then(() => pool?.close())
        .then(() => db.close())
        .finally(() => process.exit(0));
    };
    process.once('SIGTERM', close);
    process.once('SIGINT', close);
    return {
      db,
      queue,
      archiveQueue: archiveQueueOf(queue),
      exportQueue: exportQueueOf(queue),
      ingestRunner: ingestRunnerOf(queue),
    };
  })();
  return holder.claimledger;
}

export async function getDatabase(): Promise<Database> {
  return (await getServer()).db;
}
