import { PgBoss, fromPglite, type ConstructorOptions, type JobResult } from 'pg-boss';
import { JOB_NAMES, JOB_STATES, type TJobCounts, type TJobFailure, type TJobName, type TJobState } from '@claimledger/contracts';
import type { SqlConnection } from '@claimledger/db';
import type { JobQueue, SendOptions, StopOptions, WorkOptions, JobHandler } from './job-queue';
import { jobFailureOf } from './job-failure';
import { dropPayload, loadPayload, offloadLarge, payloadIdOf } from './job-payload';
import { DEAD_LETTER, HEARTBEAT_SECONDS, QUEUE_POLICIES } from './queues';

export type QueueOptions = {
  /** Seconds between polls of an idle worker (at least 0.5). */
  pollSeconds?: number;
  /** Seconds between supervision passes: expired and silent jobs go back to retry. */
  superviseSeconds?: number;
  /** Run the cron schedules from this process (every process may; one sends each occurrence). */
  schedule?: boolean;
  /** Run supervision (expiry, retention) from this process; a web server with external workers does not. */
  supervise?: boolean;
  /** Shown in pg-boss's instance registry. */
  instanceName?: string;
  /** Errors pg-boss reports in the background (lost connection, failed maintenance). */
  onError?: (error: Error) => void;
};

const SCHEMA = 'pgboss';

/**
 * A job that ended failed or cancelled, with its reason, the handler's error code if it had one,
 * and the id an unexpected error was logged with (see jobFailureOf).
 */
export class JobFailedError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly errorId: string | null = null,
  ) {
    super(message);
    this.name = 'JobFailedError';
  }
}

type Row = Record<string, unknown>;

/** AppError codes a retry cannot change. */
const PERMANENT_CODES = new Set(['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND']);

const affected = (response: object) => Number((response as { affected?: unknown }).affected ?? 0);

function reasonOf(output: unknown): string {
  if (output && typeof output === 'object') {
    const value = output as { message?: unknown; value?: unknown };
    if (typeof value.message === 'string') return value.message;
    if (typeof value.value === 'string') return value.value;
    return JSON.stringify(output).slice(0, 1_000);
  }
  return output === null || output === undefined ? 'no reason recorded' : String(output);
}

function bossOptions(connection: SqlConnection, options: QueueOptions): ConstructorOptions {
  const common: ConstructorOptions = {
    schema: SCHEMA,
    schedule: options.schedule ?? true,
    // Schedules are checked every 5 s (the webhook sweep runs that often).
    cronMonitorIntervalSeconds: 5,
    supervise: options.supervise ?? true,
    superviseIntervalSeconds: options.superviseSeconds ?? 30,
    monitorIntervalSeconds: options.superviseSeconds ?? 30,
    instanceName: options.instanceName ?? 'claimledger',
    openTelemetry: { enabled: false },
    // Workers wake when a job is sent (NOTIFY; in-process on PGlite); polling stays as the floor.
    useListenNotify: true,
  };
  if (connection.kind === 'pglite') return { ...common, db: fromPglite(connection), backend: 'pglite' };
  return { ...common, connectionString: connection.url, max: 4, application_name: options.instanceName ?? 'claimledger-jobs' };
}

/**
 * Opens the job queue on the app's database: on the embedded PGlite through its one connection,
 * on PostgreSQL through a small pool of its own. Creates pg-boss's schema and every queue (with
 * its retry policy and the dead-letter queue) on first start.
 */
export async function createJobQueue(connection: SqlConnection, options: QueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss(bossOptions(connection, options));
  boss.on('error', (error: Error) => (options.onError ?? ((e) => console.error('claimledger jobs:', e.message)))(error));
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  // The dead-letter queue first: the others name it.
  for (const name of [DEAD_LETTER, ...JOB_NAMES.filter((n) => n !== DEAD_LETTER)]) {
    if (existing.has(name)) continue;
    const policy = QUEUE_POLICIES[name];
    const create = boss.createQueue(name, {
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelay,
      retryBackoff: policy.retryDelay > 0,
      ...(policy.retryDelayMax > 0 ? { retryDelayMax: policy.retryDelayMax } : {}),
      expireInSeconds: policy.expireInSeconds,
      policy: policy.keyed ? 'exclusive' : 'standard',
      notify: true,
      // Sweeps run every few seconds: their finished jobs are kept an hour, not a week.
      ...(name.endsWith('-sweep') ? { deleteAfterSeconds: 3600 } : {}),
      ...(name === DEAD_LETTER
        ? { retentionSeconds: 30 * 24 * 3600 }
        : { deadLetter: DEAD_LETTER, heartbeatSeconds: HEARTBEAT_SECONDS }),
    });
    // Processes starting together may race to create a queue: the loser finds it there.
    await create.catch(async (error: unknown) => {
      if (!(await boss.getQueue(name))) throw error;
    });
  }
  const sql = (text: string, values?: unknown[]) => boss.getDb().executeSql(text, values) as Promise<{ rows: Row[] }>;
  const listJobs = async (where: string, order: string, limit: number): Promise<TJobFailure[]> => {
    const { rows } = await sql(
      `SELECT id::text AS id, name, state::text AS state, data, output, retry_count, created_on, completed_on
         FROM ${SCHEMA}.job WHERE ${where} AND name <> $1 ORDER BY ${order} LIMIT $2`,
      [DEAD_LETTER, limit],
    );
    return rows.map((row) => {
      const state = String(row.state) as TJobState;
      return {
        id: String(row.id),
        name: String(row.name),
        state,
        data: JSON.stringify(row.data ?? null).slice(0, 500),
        reason: state === 'cancelled' ? 'cancelled' : state === 'failed' ? reasonOf(row.output) : '',
        attempts: Number(row.retry_count) + 1,
        createdAt: new Date(String(row.created_on)),
        endedAt: row.completed_on ? new Date(String(row.completed_on)) : null,
      };
    });
  };
  const pollingIntervalSeconds = Math.max(0.5, options.pollSeconds ?? 1);

  const queue: JobQueue = {
    async send(name, data, sendOptions: SendOptions = {}) {
      return boss.send(name, await offloadLarge(sql, data), {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
        ...(sendOptions.priority ? { priority: sendOptions.priority } : {}),
        ...(sendOptions.retryLimit !== undefined ? { retryLimit: sendOptions.retryLimit } : {}),
        ...(sendOptions.retryDelaySeconds !== undefined ? { retryDelay: sendOptions.retryDelaySeconds } : {}),
      });
    },
    async sendAndWait(name, data, sendOptions = {}) {
      const id = await queue.send(name, data, sendOptions);
      if (!id) throw new JobFailedError('the job was not accepted (a job with the same key is waiting)', null);
      const deadline = Date.now() + (sendOptions.timeoutMs ?? 120_000);
      for (let wait = 50; ; wait = Math.min(wait * 2, 500)) {
        // State and output only: the job's data (an article's whole text) is not read on each poll.
        const { rows } = await sql(`SELECT state::text AS state, output FROM ${SCHEMA}.job WHERE name = $1 AND id = $2`, [
          name,
          id,
        ]);
        const job = rows[0] as { state?: unknown; output?: unknown } | undefined;
        if (job?.state === 'completed') return job.output as object;
        if (job?.state === 'failed' || job?.state === 'cancelled') {
          const output = job.output as { message?: unknown; code?: unknown; errorId?: unknown } | null;
          throw new JobFailedError(
            job.state === 'cancelled' ? 'the job was cancelled' : reasonOf(output),
            typeof output?.code === 'string' ? output.code : null,
            typeof output?.errorId === 'string' ? output.errorId : null,
          );
        }
        if (Date.now() > deadline)
          throw new JobFailedError('no worker finished the job in time (are workers running?)', 'TIMEOUT');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
    async sendMany(name, items) {
      if (items.length === 0) return 0;
      const jobs = [];
      for (const item of items)
        jobs.push({
          data: await offloadLarge(sql, item.data),
          ...(item.singletonKey ? { singletonKey: item.singletonKey } : {}),
        });
      const ids = await boss.insert(name, jobs);
      return ids?.length ?? items.length;
    },
    async schedule(name, cron, data) {
      await boss.schedule(name, cron, data ?? null, { tz: 'UTC', ...(QUEUE_POLICIES[name].keyed ? { singletonKey: name } : {}) });
    },
    async work<T>(name: TJobName, parse: (data: unknown) => T, handler: JobHandler<T>, workOptions: WorkOptions = {}) {
      // Each fetch takes a small batch and a full batch fetches again at once (no poll wait);
      // every job in it is settled on its own: completed with its output, or failed with the reason.
      await boss.work(
        name,
        {
          localConcurrency: workOptions.concurrency ?? 1,
          batchSize: workOptions.batchSize ?? 4,
          burstWhenBatchFull: true,
          perJobResults: true,
          pollingIntervalSeconds,
          notifyPollingIntervalSeconds: Math.max(pollingIntervalSeconds, 10),
        },
        async (jobs) =>
          Promise.all(
            jobs.map(async (job): Promise<JobResult> => {
              // Large data was stored beside the queue (offloadLarge): read here, dropped once settled for good.
              const payloadId = payloadIdOf(job.data);
              const drop = () => (payloadId ? dropPayload(sql, payloadId).catch(() => undefined) : undefined);
              try {
                const data = payloadId ? await loadPayload(sql, payloadId) : job.data;
                const output = await handler(parse(data), {
                  id: job.id,
                  name,
                  attempt: job.retryCount + 1,
                  signal: job.signal,
                });
                await drop();
                return { id: job.id, status: 'completed', output: (output ?? null) as object };
              } catch (error) {
                const output = jobFailureOf(error, name);
                // Bad input stays bad: no retries, straight to the dead-letter queue.
                const permanent = PERMANENT_CODES.has(output.code);
                if (permanent) await drop();
                return { id: job.id, status: permanent ? 'deadletter' : 'failed', output };
              }
            }),
          ),
      );
    },
    async stop(stopOptions: StopOptions = {}) {
      await boss.stop({ graceful: true, timeout: stopOptions.graceMs ?? 20_000, close: connection.kind === 'postgres' });
    },
    async counts() {
      const { rows } = await sql(`SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.job GROUP BY name, state`);
      const byName = new Map<string, TJobCounts>(
        JOB_NAMES.map((name) => [name, { name, created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 }]),
      );
      for (const row of rows) {
        const name = String(row.name);
        const state = String(row.state) as TJobState;
        if (!JOB_STATES.includes(state)) continue;
        const entry = byName.get(name) ?? { name, created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
        entry[state] = Number(row.n);
        byName.set(name, entry);
      }
      return [...byName.values()];
    },
    async listFailures(limit = 50) {
      return listJobs(`state IN ('failed', 'cancelled')`, 'completed_on DESC NULLS LAST, created_on DESC', limit);
    },
    async listOpen(limit = 50) {
      return listJobs(`state IN ('created', 'retry', 'active')`, 'created_on DESC', limit);
    },
    async retry(name, id) {
      // A failed job is retried; a cancelled one resumed.
      return affected(await boss.retry(name, id)) > 0 || affected(await boss.resume(name, id)) > 0;
    },
    async cancel(name, id) {
      return affected(await boss.cancel(name, id)) > 0;
    },
    async pending(name) {
      const { rows } = await sql(
        `SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [name],
      );
      return Number(rows[0]?.n ?? 0);
    },
  };
  return queue;
}
