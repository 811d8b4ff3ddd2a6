import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from './address-guard';
import { FetchError } from './fetch-error';
import { guardedFetch } from './guarded-fetch';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let hits: string[] = [];
let server: Server;
let port = 0;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  routes.set('/plain', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>héllo</p>'));
  routes.set('/hop1', (_req, res) => res.writeHead(301, { location: '/hop2' }).end());
  routes.set('/hop2', (_req, res) => res.writeHead(302, { location: `${base}/plain` }).end());
  routes.set('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
  const gzipPage = gzipSync(Buffer.from('<p>squeezed ünïcode</p>'));
  routes.set('/gzip', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipPage),
  );
  routes.set('/br', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
      .end(brotliCompressSync(Buffer.from('<p>brotli</p>'))),
  );
  routes.set('/deflate', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' })
      .end(deflateSync(Buffer.from('<p>deflated</p>'))),
  );
  routes.set('/latin1-header', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from('<p>Café in Zürich</p>', 'latin1')),
  );
  routes.set('/latin1-meta', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Señor €5</p></body></html>', 'latin1')),
  );
  routes.set('/bom', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
      .end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')])),
  );
  routes.set('/huge', (_req, res) => {
    // Chunked, no content-length: the cap has to work on the stream.
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 100; i++) res.write('x'.repeat(1024));
    res.end();
  });
  const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x61));
  routes.set('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
  routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start');
  });
  routes.set('/to-private', (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/plain` }).end());
  routes.set('/to-ftp', (_req, res) => res.writeHead(302, { location: 'ftp://example.org/x' }).end());
  routes.set('/conditional', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
    else
      res
        .writeHead(200, { 'content-type': 'text/plain', etag: '"v1"', 'last-modified': 'Wed, 21 Oct 2026 07:28:00 GMT' })
        .end('body');
  });
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const local = { allowPrivateHosts: true, timeoutMs: 2000 };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as FetchError,
  );

describe('guardedFetch', () => {
  it('follows redirects, re-checking each hop, and reports the final URL', async () => {
    const page = await guardedFetch(`${base}/hop1`, local);
    expect(page.url).toBe(`${base}/plain`);
    expect(page.text).toBe('<p>héllo</p>');
    expect(page.charset).toBe('utf-8');
  });

  it('stops after the redirect limit and refuses non-http redirects', async () => {
    expect(await failure(guardedFetch(`${base}/loop`, { ...local, maxRedirects: 3 }))).toMatchObject({ kind: 'redirects' });
    expect(await failure(guardedFetch(`${base}/to-ftp`, local))).toMatchObject({ kind: 'protocol' });
  });

  it('undoes gzip, brotli and deflate', async () => {
    expect((await guardedFetch(`${base}/gzip`, local)).text).toBe('<p>squeezed ünïcode</p>');
    expect((await guardedFetch(`${base}/br`, local)).text).toBe('<p>brotli</p>');
    expect((await guardedFetch(`${base}/deflate`, local)).text).toBe('<p>deflated</p>');
  });

  it('decodes latin-1 from the header, windows-1252 from <meta charset>, and lets a BOM win', async () => {
    const header = await guardedFetch(`${base}/latin1-header`, local);
    expect(header.text).toBe('<p>Café in Zürich</p>');
    const meta = await guardedFetch(`${base}/latin1-meta`, local);
    expect(meta.charset).toBe('windows-1252');
    expect(meta.text).toContain('Señor');
    const bom = await guardedFetch(`${base}/bom`, local);
    expect(bom.charset).toBe('utf-8');
    expect(bom.text).toBe('<p>naïve</p>');
  });

  it('caps the body size on the stream and after decompression', async () => {
    expect(await failure(guardedFetch(`${base}/huge`, { ...local, maxBytes: 64 * 1024 }))).toMatchObject({
      kind: 'too-large',
      message: 'the page is larger than 64 KiB',
    });
    expect(await failure(guardedFetch(`${base}/bomb`, { ...local, maxBytes: 64 * 1024 }))).toMatchObject({ kind: 'too-large' });
  });

  it('gives up after the total time limit', async () => {
    const started = Date.now();
    expect(await failure(guardedFetch(`${base}/slow`, { ...local, timeoutMs: 300 }))).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('sends conditional headers and reports 304 as not modified', async () => {
    const first = await guardedFetch(`${base}/conditional`, local);
    expect(first).toMatchObject({
      etag: '"v1"',
      lastModified: 'Wed, 21 Oct 2026 07:28:00 GMT',
      notModified: false,
      text: 'body',
    });
    const again = await guardedFetch(`${base}/conditional`, { ...local, headers: { 'if-none-match': '"v1"' } });
    expect(again).toMatchObject({ status: 304, notModified: true, text: '' });
  });

  it('refuses private addresses by default, literal or resolved, and a redirect to one', async () => {
    hits = [];
    expect(await failure(guardedFetch(`${base}/plain`))).toMatchObject({
      kind: 'private-address',
      detail: { address: '127.0.0.1' },
    });
    const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    expect(await failure(guardedFetch(`http://intranet.test:${port}/plain`, { resolve }))).toMatchObject({
      kind: 'private-address',
    });
    expect(hits).toEqual([]);

    // The first hop is allowed (a policy that counts this loopback server as public); its
    // redirect to a name that resolves to a private address is refused before connecting.
    routes.set('/to-internal', (_req, res) => res.writeHead(302, { location: `http://internal.test:${port}/plain` }).end());
    const names: Resolver = async (host) => [{ address: host === 'internal.test' ? '10.0.0.5' : '127.0.0.1', family: 4 }];
    const isAllowed = (ip: string) => ip === '127.0.0.1';
    hits = [];
    expect(await failure(guardedFetch(`http://news.test:${port}/to-internal`, { resolve: names, isAllowed }))).toMatchObject({
      kind: 'private-address',
      detail: { address: '10.0.0.5' },
    });
    expect(hits).toEqual(['/to-internal']);
    // And a redirect to a private literal address.
    routes.set('/to-literal', (_req, res) => res.writeHead(302, { location: `http://10.0.0.5:${port}/plain` }).end());
    expect(await failure(guardedFetch(`http://news.test:${port}/to-literal`, { resolve: names, isAllowed }))).toMatchObject({
      kind: 'private-address',
      detail: { address: '10.0.0.5' },
    });
  });

  it('connects to the address it resolved and checked (injected resolver), not to what the name says', async () => {
    const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const page = await guardedFetch(`http://news.example:${port}/hop1`, { ...local, resolve });
    expect(page.url).toBe(`${base}/plain`);
    expect(page.text).toBe('<p>héllo</p>');
  });

  it('cannot be rebound: a name that answers public, then private, never reaches the private address', async () => {
    hits = [];
    const answers = [[{ address: '93.184.216.34', family: 4 }], [{ address: '127.0.0.1', family: 4 }]];
    let calls = 0;
    const rebinding: Resolver = async () => answers[Math.min(calls++, answers.length - 1)] ?? [];
    const error = await failure(guardedFetch(`http://rebind.test:${port}/plain`, { resolve: rebinding, timeoutMs: 500 }));
    // It went (or tried to go) to the checked public address and nowhere else.
    expect(error).toBeInstanceOf(FetchError);
    expect(error?.kind).not.toBe('private-address');
    expect(calls).toBe(1);
    expect(hits).toEqual([]);

    // A second fetch gets the private answer, and is refused before connecting.
    expect(await failure(guardedFetch(`http://rebind.test:${port}/plain`, { resolve: rebinding }))).toMatchObject({
      kind: 'private-address',
    });
    expect(hits).toEqual([]);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const mixed: Resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    expect(await failure(guardedFetch(`http://mixed.test:${port}/plain`, { resolve: mixed }))).toMatchObject({
      kind: 'private-address',
      detail: { address: '10.0.0.5' },
    });
  });

  it('refuses unexpected content types before reading them', async () => {
    routes.set('/png', (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10)));
    expect(await failure(guardedFetch(`${base}/png`, { ...local, acceptTypes: /^text\// }))).toMatchObject({ kind: 'type' });
  });
});
