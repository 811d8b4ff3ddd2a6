import type { Command } from 'commander';
import { z } from 'zod';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { warmMatcher } from '@claimledger/claim-matching';
import { AppError } from '@claimledger/domain';
import { createExtractPool, createJobQueue, readJobsEnv, startWorkers } from '@claimledger/jobs';
import { cliFetchEnv } from '../env';

const ZConcurrency = z.coerce.number().int().min(1).max(64);

/** Resolves on the first SIGTERM or SIGINT. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('work background jobs (ingest, webhooks, citations, feeds) until SIGTERM; run as many as you like on PostgreSQL')
    .option(
      '--concurrency <n>',
      'jobs of each kind this process runs at a time (default CLAIMLEDGER_JOBS_CONCURRENCY or 2; batches of 4)',
    )
    .option('--grace <seconds>', 'on SIGTERM, how long running jobs may finish before they are released', '20')
    .action(async (options: { concurrency?: string; grace: string }) => {
      const env = readJobsEnv();
      const parsed = ZConcurrency.safeParse(options.concurrency ?? env.CLAIMLEDGER_JOBS_CONCURRENCY);
      if (!parsed.success) throw new AppError('BAD_INPUT', '--concurrency: give a whole number from 1 to 64.');
      const grace = Number(options.grace);
      if (!Number.isFinite(grace) || grace < 0) throw new AppError('BAD_INPUT', '--grace: give a number of seconds.');
      const db = await openMigratedDatabase();
      const queue = await createJobQueue(db.connection, {
        pollSeconds: env.CLAIMLEDGER_JOBS_POLL_SECONDS,
        superviseSeconds: env.CLAIMLEDGER_JOBS_SUPERVISE_SECONDS,
        instanceName: `worker ${process.pid}`,
      });
      const stopping = stopSignal();
      const pool = createExtractPool();
      warmMatcher();
      await startWorkers(queue, {
        db: db.prisma,
        allowPrivateHosts: cliFetchEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
        concurrency: parsed.data,
        extract: pool.extract,
      });
      console.log(`worker ${process.pid} ready (${db.kind}, ${parsed.data} jobs of each kind at a time)`);
      const signal = await stopping;
      console.log(`worker ${process.pid}: ${signal}, finishing running jobs (at most ${grace} s)`);
      await queue.stop({ graceMs: grace * 1000 });
      await pool.close();
      await db.close();
      console.log(`worker ${process.pid} stopped`);
    });
}
