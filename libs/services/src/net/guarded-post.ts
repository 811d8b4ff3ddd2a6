import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isAllowedAddress, systemResolver, type Resolver } from './address-guard';
import { assertFetchableUrl, toFetchError } from './guarded-fetch';
import { pinnedLookup } from './pinned-lookup';

export type GuardedPostOptions = {
  /** The whole request, reading the answer included. */
  timeoutMs?: number;
  /** Loopback and private-network hosts (tests, intranets); refused by default. */
  allowPrivateHosts?: boolean;
  resolve?: Resolver;
  /** The address policy; tests inject one to treat a loopback server as "public". */
  isAllowed?: (ip: string) => boolean;
  headers?: Record<string, string>;
  /** How much of the answer is read; the rest is dropped. */
  maxAnswerBytes?: number;
};

export type PostAnswer = { status: number; text: string };

async function readHead(response: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.byteLength;
    if (size >= maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/**
 * POSTs `body` to a URL on the open web with guardedFetch's address rules: the host is
 * resolved once, every address checked, and the socket connects to exactly the checked
 * address (no DNS rebinding). Redirects are not followed: a 3xx is the answer. Throws a
 * `FetchError` when nothing was answered.
 */
export async function guardedPost(url: string, body: string, options: GuardedPostOptions = {}): Promise<PostAnswer> {
  const { timeoutMs = 10_000, allowPrivateHosts = false, resolve = systemResolver, maxAnswerBytes = 16 * 1024 } = options;
  const target = new URL(url);
  assertFetchableUrl(target, allowPrivateHosts, options.isAllowed ?? isAllowedAddress);
  const signal = AbortSignal.timeout(timeoutMs);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostAnswer>((done, fail) => {
    const req = request(target, {
      method: 'POST',
      agent: false,
      lookup: pinnedLookup(resolve, allowPrivateHosts, options.isAllowed),
      signal,
      headers: { ...options.headers, 'content-length': String(Buffer.byteLength(body)) },
    });
    req.on('response', (response) => {
      readHead(response, maxAnswerBytes)
        .then((text) => done({ status: response.statusCode ?? 0, text }))
        .catch((error: unknown) => fail(toFetchError(error, signal)))
        .finally(() => req.destroy());
    });
    req.on('error', (error) => fail(toFetchError(error, signal)));
    req.end(body);
  });
}
