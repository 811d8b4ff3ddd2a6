import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { enqueueWebhookEvent, findWorkspaceRoot, insertWebhook, openDatabase, type Database } from '@claimledger/db';
import {
  createMigratedScratchDatabase,
  createTestActor,
  postgresUnreachable,
  type ScratchDatabase,
} from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from './job-queue';
import { createJobQueue } from './pg-boss-queue';

const root = findWorkspaceRoot();
const unreachable = await postgresUnreachable();
if (unreachable) console.warn(`skipping the worker-process tests: ${unreachable}`);

async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type Worker = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

/** Starts `claimledger worker` on the scratch database and waits for its "ready" line. */
async function startWorker(url: string, concurrency: number): Promise<Worker> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'apps/cli/bin/claimledger.js'), 'worker', '--concurrency', String(concurrency)],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        CLAIMLEDGER_PRIVATE_HOSTS: 'allow',
        CLAIMLEDGER_JOBS_POLL_SECONDS: '0.5',
        CLAIMLEDGER_JOBS_SUPERVISE_SECONDS: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output.join('')}`)));
  });
  return { child, output, exited };
}

/** A webhook receiver on 127.0.0.1 that counts POSTs per delivery id; `hold` keeps chosen requests unanswered. */
async function startReceiver() {
  const counts = new Map<string, number>();
  const held: ServerResponse[] = [];
  let hold: ((id: string) => boolean) | null = null;
  let onHeld: (() => void) | null = null;
  const server: Server = createServer((req, res) => {
    const id = String(req.headers['claimledger-delivery']);
    req.resume();
    req.on('end', () => {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (hold?.(id)) {
        held.push(res);
        onHeld?.();
        return;
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    counts,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    holdNext(): Promise<string> {
      return new Promise((resolve) => {
        let chosen: string | null = null;
        hold = (id) => {
          if (chosen === null) chosen = id;
          return id === chosen && (counts.get(id) ?? 0) === 1;
        };
        onHeld = () => resolve(chosen ?? '');
      });
    },
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.skipIf(unreachable !== null)('worker processes on PostgreSQL (claimledger worker)', () => {
  let scratch: ScratchDatabase;
  let db: Database;
  let queue: JobQueue;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const workers: Worker[] = [];

  beforeAll(async () => {
    scratch = await createMigratedScratchDatabase('jobs_workers');
    db = await openDatabase({ databaseUrl: scratch.url });
    // The test only sends: no schedules and no supervision from this process.
    queue = await createJobQueue(db.connection, { schedule: false, supervise: false });
    receiver = await startReceiver();
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await queue?.stop({ graceMs: 1_000 });
    await db?.close();
    await receiver?.close();
    await scratch?.drop();
  }, 60_000);

  async function createDeliveries(count: number): Promise<string[]> {
    const admin = await createTestActor(db.prisma, 'admin');
    await db.prisma.webhook.updateMany({ data: { active: false } });
    const hook = await insertWebhook(db.prisma, {
      url: receiver.url,
      events: ['claim.published'],
      secret: 'whsec_test',
      createdById: admin.id ?? '',
    });
    for (let i = 0; i < count; i++)
      await enqueueWebhookEvent(db.prisma, 'claim.published', {
        event: 'claim.published',
        occurredAt: new Date().toISOString(),
        claim: { id: `claim-${i}`, articleId: 'article', text: `claim ${i}`, state: 'approved', verdict: null },
      });
    const rows = await db.prisma.webhookDelivery.findMany({ where: { webhookId: hook.id }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  const deliveredOf = (ids: string[]) => db.prisma.webhookDelivery.count({ where: { id: { in: ids }, status: 'delivered' } });

  it('2 workers × 1,000 jobs: each delivery is sent exactly once, as the receiver counts, though every job was sent twice', async () => {
    workers.push(await startWorker(scratch.url, 4), await startWorker(scratch.url, 4));
    const ids = await createDeliveries(1_000);
    expect(ids).toHaveLength(1_000);
    await queue.sendMany(
      'webhook-deliver',
      ids.map((deliveryId) => ({ data: { deliveryId }, singletonKey: deliveryId })),
    );
    await queue.sendMany(
      'webhook-deliver',
      ids.map((deliveryId) => ({ data: { deliveryId }, singletonKey: `${deliveryId}:twice` })),
    );
    await until(async () => (await deliveredOf(ids)) === ids.length && (await queue.pending('webhook-deliver')) === 0, 240_000);
    expect(ids.filter((id) => receiver.counts.get(id) !== 1)).toEqual([]);
    expect(receiver.counts.size).toBe(1_000);

    // SIGTERM: both stop cleanly (running jobs finish first).
    for (const worker of workers.splice(0)) {
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(worker.output.join('')).toMatch(/stopped/);
    }
  }, 300_000);

  it('kill -9 of a worker in the middle of a job: the other worker sends that delivery again, nothing is lost', async () => {
    const first = await startWorker(scratch.url, 1);
    workers.push(first);
    const ids = await createDeliveries(30);
    const stalled = receiver.holdNext();
    await queue.sendMany(
      'webhook-deliver',
      ids.map((deliveryId) => ({ data: { deliveryId }, singletonKey: deliveryId })),
    );
    const stalledId = await stalled;
    // The worker is in the middle of that delivery (its request is open): kill it without warning.
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    // A fetch holds a small batch, so a few other deliveries may have been mid-send too: those
    // were claimed (attempt counted) but never recorded. Only they may be sent a second time.
    const inFlight = await db.prisma.webhookDelivery.findMany({
      where: { id: { in: ids }, status: 'pending', attempts: { gte: 1 } },
      select: { id: true },
    });
    const midSend = new Set(inFlight.map((row) => row.id));
    expect(midSend.has(stalledId)).toBe(true);
    workers.push(await startWorker(scratch.url, 4));
    // The claim's lease runs out, the sweep hands the delivery out again, the second worker sends it.
    await until(async () => (await deliveredOf(ids)) === ids.length && (await queue.pending('webhook-deliver')) === 0, 240_000);
    expect(receiver.counts.get(stalledId)).toBe(2);
    expect(ids.filter((id) => !midSend.has(id) && receiver.counts.get(id) !== 1)).toEqual([]);
    expect(ids.filter((id) => (receiver.counts.get(id) ?? 0) < 1)).toEqual([]);
  }, 300_000);
});
