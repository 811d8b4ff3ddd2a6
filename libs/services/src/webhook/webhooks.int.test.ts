import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { type AppError, DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { moveClaimState } from '../claim/move-claim-state';
import { correctVerdict } from '../review/correct-verdict';
import { approveReview, listVerdictLabels, submitReview } from '../review/reviews';
import { MAX_ATTEMPTS, backoffMs, deliverDueWebhooks } from './deliver-webhooks';
import { verifySignature } from './signing';
import { deactivateWebhook, listWebhooks, registerWebhook } from './webhooks';

type Received = { headers: IncomingMessage['headers']; body: string };

/** A local receiver that records deliveries and answers with `status`. */
async function receiver(port = 0, status = 200) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver broke');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const close = () => new Promise((resolve) => server.close(resolve));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    port: (server.address() as AddressInfo).port,
    close,
  };
}

/** The receivers run on 127.0.0.1, which deliveries refuse unless told otherwise. */
const local = { allowPrivateHosts: true };
let db: Database;
let admin: Actor;
let reviewer: Actor;
const hooks: string[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  admin = await createTestActor(db.prisma, 'admin');
  reviewer = await createTestActor(db.prisma, 'reviewer');
});
afterAll(async () => {
  for (const id of hooks) await deactivateWebhook(db.prisma, admin, id);
  await db.close();
});

/** Registers a receiver; earlier tests' webhooks are switched off so each test sees only its own. */
async function register(url: string, events: Array<'claim.published' | 'verdict.corrected'>) {
  for (const id of hooks) await deactivateWebhook(db.prisma, admin, id);
  const hook = await registerWebhook(db.prisma, admin, { url, events });
  hooks.push(hook.id);
  return hook;
}

/** Publishes a fresh claim; returns it and its version afterwards. */
async function publish() {
  const { article } = await ingestArticle(db.prisma, {
    body: `Hooks ${uniqueSuffix()}: the city opened 7 libraries in 2024.`,
    format: 'text',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('no claim');
  await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
  const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'true');
  const review = await submitReview(db.prisma, reviewer, {
    claimId: claim.id,
    verdictLabelId: label?.id ?? '',
    rationale: 'Library service lists seven openings.',
    expectedVersion: 2,
  });
  await approveReview(db.prisma, admin, { reviewId: review.id, expectedVersion: 3 });
  return claim;
}

const deliveriesOf = async (hookId: string) =>
  (await listWebhooks(db.prisma, admin)).find((h) => h.id === hookId)?.deliveries ?? [];

describe('webhooks', () => {
  it('writes the event to the outbox with the change and delivers it signed', async () => {
    const target = await receiver();
    const hook = await register(target.url, ['claim.published']);
    expect(hook.secret).toMatch(/^whsec_/);
    const claim = await publish();
    const [pending] = await deliveriesOf(hook.id);
    expect(pending).toMatchObject({ event: 'claim.published', status: 'pending', attempts: 0 });
    expect(target.received).toHaveLength(0);

    await deliverDueWebhooks(db.prisma, local);
    expect(target.received).toHaveLength(1);
    const [got] = target.received;
    const body = JSON.parse(got?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      event: 'claim.published',
      claim: { id: claim.id, state: 'approved', verdict: { name: 'True', slug: 'true', rating: 6 } },
    });
    expect(got?.headers['claimledger-event']).toBe('claim.published');
    expect(got?.headers['claimledger-delivery']).toBe(pending?.id);
    expect(verifySignature(hook.secret, got?.body ?? '', String(got?.headers['claimledger-signature']), new Date())).toBe(true);
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastResponse: 'ok',
    });
    await target.close();
  });

  it('retries with backoff while the receiver is down, and delivers when it comes back', async () => {
    const probe = await receiver();
    const { port, url } = probe;
    await probe.close();
    const hook = await register(url, ['claim.published']);
    await publish();
    const t0 = new Date();
    await deliverDueWebhooks(db.prisma, { ...local, now: t0, timeoutMs: 1_000 });
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(failed?.lastError).toMatch(/ECONNREFUSED/);
    expect(failed?.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    expect(await deliverDueWebhooks(db.prisma, { ...local, now: new Date(t0.getTime() + 1_000) })).toBe(0);

    const back = await receiver(port);
    await deliverDueWebhooks(db.prisma, { ...local, now: new Date(t0.getTime() + backoffMs(1)) });
    expect(back.received).toHaveLength(1);
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    await back.close();
  });

  it('records what a failing receiver answered and gives up after the last attempt', async () => {
    const broken = await receiver(0, 500);
    const hook = await register(broken.url, ['claim.published']);
    await publish();
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDueWebhooks(db.prisma, { ...local, now });
      now = new Date(now.getTime() + backoffMs(i + 1));
    }
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastStatusCode: 500,
      lastResponse: 'receiver broke',
      lastError: 'HTTP 500',
    });
    expect(broken.received).toHaveLength(MAX_ATTEMPTS);
    await broken.close();
  });

  it('refuses to deliver to a private-network receiver unless allowed, and says so', async () => {
    const target = await receiver();
    const hook = await register(target.url, ['claim.published']);
    await publish();
    await deliverDueWebhooks(db.prisma);
    expect(target.received).toHaveLength(0);
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: "the receiver's address 127.0.0.1 is on a private network; delivery is not allowed",
    });
    await target.close();
  });

  it('sends verdict.corrected on a correction, and nothing when the change fails', async () => {
    const target = await receiver();
    const hook = await register(target.url, ['verdict.corrected']);
    const claim = await publish();
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    const stale = await correctVerdict(db.prisma, admin, {
      claimId: claim.id,
      expectedVersion: 1,
      reason: 'Two of the libraries are mobile vans.',
    }).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe('CONFLICT');
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    await correctVerdict(db.prisma, admin, {
      claimId: claim.id,
      expectedVersion: 4,
      reason: 'Two of the libraries are mobile vans.',
    });
    await deliverDueWebhooks(db.prisma, local);
    expect(JSON.parse(target.received[0]?.body ?? '{}')).toMatchObject({
      event: 'verdict.corrected',
      claim: { id: claim.id, state: 'void', verdict: null },
      correction: { reason: 'Two of the libraries are mobile vans.', previousVerdict: 'True' },
    });
    await target.close();
  });
});
