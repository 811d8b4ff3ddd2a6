import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedAddress, type Resolver } from './address-guard';
import { FetchError } from './fetch-error';
import { guardedFetch } from './guarded-fetch';
import { isPrivateAddress } from './private-hosts';

// Fault 10: the address policy of URL ingest, citation archiving and webhooks.
const REFUSED: Array<[string, string]> = [
  // IPv4 special-purpose registry, multicast, broadcast
  ['0.0.0.0', 'this network'],
  ['0.1.2.3', 'this network'],
  ['10.9.8.7', 'private'],
  ['100.64.0.1', 'CGNAT'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.0.0.8', 'IETF protocol assignments'],
  ['192.0.0.170', 'NAT64 discovery'],
  ['192.0.2.10', 'TEST-NET-1'],
  ['192.31.196.1', 'AS112'],
  ['192.52.193.1', 'AMT'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private'],
  ['192.175.48.1', 'AS112 direct delegation'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking'],
  ['198.51.100.7', 'TEST-NET-2'],
  ['203.0.113.9', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast (SSDP)'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['255.255.255.255', 'limited broadcast'],
  // IPv6 special-purpose registry
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['::7f00:1', 'IPv4-compatible 127.0.0.1'],
  ['[::7f00:1]', 'IPv4-compatible 127.0.0.1, bracketed'],
  ['::127.0.0.1', 'IPv4-compatible, dotted'],
  ['::808:808', 'IPv4-compatible (deprecated) even for a public IPv4'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
  ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata'],
  ['::ffff:0:10.0.0.1', 'IPv4-translated (SIIT) private'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
  ['64:ff9b::c612:1', 'NAT64 of 198.18.0.1'],
  ['64:ff9b:1::8.8.8.8', 'local-use NAT64'],
  ['100::1', 'discard-only'],
  ['100:0:0:1::1', 'dummy prefix'],
  ['2001::1', 'Teredo'],
  ['2001:2::1', 'benchmarking'],
  ['2001:3::1', 'AMT'],
  ['2001:4:112::1', 'AS112-v6'],
  ['2001:10::1', 'ORCHID'],
  ['2001:20::1', 'ORCHIDv2'],
  ['2001:db8::1', 'documentation'],
  ['2002:7f00:1::1', '6to4 of 127.0.0.1'],
  ['2002:a00:1::', '6to4 of 10.0.0.1'],
  ['2002:e000:1::', '6to4 of multicast'],
  ['2620:4f:8000::1', 'AS112 direct delegation v6'],
  ['3fff::1', 'documentation (2024)'],
  ['5f00::1', 'segment routing'],
  ['fc00::1', 'unique local'],
  ['fd12:3456::1', 'unique local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with a zone'],
  ['fec0::1', 'site-local (deprecated)'],
  ['ff02::1', 'multicast'],
  ['4000::1', 'unallocated IPv6'],
  // not an address at all
  ['', 'empty'],
  ['localhost', 'a name'],
  ['127.0.0.1.nip.io', 'a name'],
  ['1.2.3.4.5', 'garbage'],
];

const ALLOWED: Array<[string, string]> = [
  ['8.8.8.8', 'public IPv4'],
  ['93.184.216.34', 'public IPv4'],
  ['172.32.0.1', 'just outside 172.16/12'],
  ['198.20.0.1', 'just outside 198.18/15'],
  ['223.255.255.255', 'just below multicast'],
  ['2606:4700:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:80b::200e', 'public IPv6'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['64:ff9b::808:808', 'NAT64 of 8.8.8.8'],
  ['2002:808:808::1', '6to4 of 8.8.8.8'],
];

describe('fault 10: the address guard refuses every special-purpose range', () => {
  it.each(REFUSED)('%s (%s) is refused', (address) => {
    expect(isAllowedAddress(address)).toBe(false);
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(ALLOWED)('%s (%s) is allowed', (address) => {
    expect(isAllowedAddress(address)).toBe(true);
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('fault 10: the guard is asked at connect time', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('secret');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const failure = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => (e instanceof FetchError ? e : null),
    );

  it.each(['[::7f00:1]', '[::ffff:7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::1]', '198.18.0.1', '255.255.255.255'])(
    'a literal %s in the URL is refused before connecting',
    async (host) => {
      const error = await failure(guardedFetch(`http://${host}:${port}/`));
      expect(error?.kind).toBe('private-address');
    },
  );

  it.each(['::7f00:1', '64:ff9b::7f00:1', '2002:7f00:1::', '::ffff:127.0.0.1', '224.0.0.1'])(
    'a name resolving to %s is refused by the pinned lookup, and nothing is contacted',
    async (address) => {
      const before = hits;
      const resolve: Resolver = () => Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]);
      const error = await failure(guardedFetch(`http://news.test:${port}/`, { resolve }));
      expect(error?.kind).toBe('private-address');
      expect(error?.message).toContain(address);
      expect(hits).toBe(before);
    },
  );
});
