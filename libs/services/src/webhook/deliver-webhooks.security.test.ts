import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@claimledger/db';
import { createTestActor, openTestDatabase } from '@claimledger/db/testing';
import type { Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedAddress, type Resolver } from '../net/address-guard';
import { deliverWebhook } from './deliver-webhooks';
import { verifySignature } from './signing';
import { registerWebhook } from './webhooks';

// Fault 10: a webhook receiver whose name rebinds to a private address between check and connect.
type Received = { headers: IncomingMessage['headers']; body: string };

/** Records what it is sent; listens on `host` (and `port`, when given). */
async function listen(host: string, port = 0) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`ok from ${host}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    received,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let db: Database;
let admin: Actor;
// 127.0.0.1 plays the internal service; 127.0.0.2 plays the receiver's public address.
let internal: Awaited<ReturnType<typeof listen>>;
let publicReceiver: Awaited<ReturnType<typeof listen>>;
const PUBLIC = '127.0.0.2';
const isAllowed = (ip: string) => ip === PUBLIC || isAllowedAddress(ip);

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await createTestActor(db.prisma, 'admin');
  internal = await listen('127.0.0.1');
  publicReceiver = await listen(PUBLIC, internal.port);
});
afterAll(async () => {
  await internal.close();
  await publicReceiver.close();
  await db.close();
});

/** A due delivery to `url` (delivered by id, so other tests' hooks do not matter); its id and the hook's secret. */
async function newDelivery(url: string) {
  const hook = await registerWebhook(db.prisma, admin, { url, events: ['claim.published'] });
  const delivery = await db.prisma.webhookDelivery.create({
    data: { webhookId: hook.id, event: 'claim.published', payload: { event: 'claim.published', claim: { id: 'c1' } } },
  });
  return { id: delivery.id, secret: hook.secret };
}

const lastError = async (id: string) => (await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } })).lastError;

describe('fault 10: webhook deliveries connect to the address they checked', () => {
  it('a name that answers public, then 127.0.0.1, is delivered to the public address only, signed', async () => {
    const answers = [PUBLIC, '127.0.0.1'];
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: answers[Math.min(calls++, 1)] ?? '', family: 4 }];
    const { id, secret } = await newDelivery(`http://hooks.rebind.test:${internal.port}/hook`);
    const before = { internal: internal.received.length, public: publicReceiver.received.length };

    expect(await deliverWebhook(db.prisma, id, { resolve: rebinding, isAllowed, timeoutMs: 2_000 })).toBe('delivered');
    expect(calls).toBe(1);
    expect(internal.received).toHaveLength(before.internal);
    expect(publicReceiver.received).toHaveLength(before.public + 1);
    const got = publicReceiver.received.at(-1);
    expect(got?.headers['claimledger-delivery']).toBe(id);
    expect(got?.headers['claimledger-event']).toBe('claim.published');
    expect(verifySignature(secret, got?.body ?? '', String(got?.headers['claimledger-signature']), new Date())).toBe(true);
    expect(await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'delivered',
      lastStatusCode: 200,
      lastResponse: `ok from ${PUBLIC}`,
    });
  });

  it('once the name answers 127.0.0.1, the delivery is refused before connecting', async () => {
    const toInternal: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const { id } = await newDelivery(`http://hooks.rebind.test:${internal.port}/hook`);
    const before = internal.received.length;
    expect(await deliverWebhook(db.prisma, id, { resolve: toInternal, isAllowed })).toBe('retry-later');
    expect(internal.received).toHaveLength(before);
    expect(await lastError(id)).toBe("the receiver's address 127.0.0.1 is on a private network; delivery is not allowed");
  });

  it('does not follow a redirect, even to a public address', async () => {
    const redirecting = await listen(PUBLIC);
    const server = createServer((_req, res) => res.writeHead(302, { location: `http://${PUBLIC}:${redirecting.port}/` }).end());
    await new Promise<void>((resolve) => server.listen(0, PUBLIC, resolve));
    const port = (server.address() as AddressInfo).port;
    const { id } = await newDelivery(`http://${PUBLIC}:${port}/hook`);
    expect(await deliverWebhook(db.prisma, id, { isAllowed })).toBe('retry-later');
    expect(await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      lastStatusCode: 302,
      lastError: 'HTTP 302',
    });
    expect(redirecting.received).toHaveLength(0);
    await new Promise((resolve) => server.close(resolve));
    await redirecting.close();
  });
});
