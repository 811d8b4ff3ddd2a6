import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isAllowedAddress, systemResolver, type Resolver } from './address-guard';
import { decodeBody, decompressBody } from './decode-body';
import { FetchError, sizeLabel } from './fetch-error';
import { pinnedLookup } from './pinned-lookup';

export type GuardedFetchOptions = {
  /** Whole fetch, all redirects included. */
  timeoutMs?: number;
  /** Cap on the body, both as sent and decompressed. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Loopback and private-network hosts (tests, intranets); refused by default. */
  allowPrivateHosts?: boolean;
  resolve?: Resolver;
  /** The address policy; tests inject one to treat a loopback server as "public". */
  isAllowed?: (ip: string) => boolean;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for a conditional GET. */
  headers?: Record<string, string>;
  accept?: string;
  /** Content types that may be read; anything else fails with kind "type" before the body is read. */
  acceptTypes?: RegExp;
};

export type FetchedPage = {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** 304 to a conditional GET: no body. */
  notModified: boolean;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
  text: string;
  charset: string;
};

export const USER_AGENT = 'ClaimLedger/0.1 (+https://github.com/claimledger)';

type Hop = { response: IncomingMessage; close: () => void };

/** Only http(s); a literal address in the URL is checked here, as it never reaches `lookup`. */
export function assertFetchableUrl(url: URL, allowPrivateHosts: boolean, isAllowed: (ip: string) => boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('protocol', `${url.protocol} URLs cannot be fetched`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses never reach `lookup`: check them here.
  if (isIP(host) && !allowPrivateHosts && !isAllowed(host)) {
    throw new FetchError('private-address', `the address ${host} is on a private network`, { address: host });
  }
}

function open(
  url: URL,
  options: Required<Pick<GuardedFetchOptions, 'allowPrivateHosts' | 'resolve'>> & GuardedFetchOptions,
  signal: AbortSignal,
) {
  return new Promise<Hop>((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'GET',
      agent: false,
      lookup: pinnedLookup(options.resolve, options.allowPrivateHosts, options.isAllowed),
      signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: options.accept ?? '*/*',
        'accept-encoding': 'gzip, deflate, br',
        ...options.headers,
      },
    });
    req.on('response', (response) => resolve({ response, close: () => req.destroy() }));
    req.on('error', (error) => reject(toFetchError(error, signal)));
    req.end();
  });
}

export function toFetchError(error: unknown, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError('timeout', 'the fetch timed out (aborted)');
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  return new FetchError('network', error instanceof Error ? error.message : String(error));
}

async function readCapped(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new FetchError('too-large', `the page is larger than ${sizeLabel(maxBytes)}`, { limit: maxBytes });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      const buffer = chunk as Buffer;
      size += buffer.byteLength;
      if (size > maxBytes)
        throw new FetchError('too-large', `the page is larger than ${sizeLabel(maxBytes)}`, { limit: maxBytes });
      chunks.push(buffer);
    }
  } catch (error) {
    throw toFetchError(error, signal);
  }
  return Buffer.concat(chunks);
}

/**
 * GETs a URL on the open web, safely: every host (redirect hops included) is resolved once and
 * each address checked against the private-network policy, and the socket connects to exactly
 * the checked address. Limits total time, body size (streamed, and after decompression) and
 * redirects; undoes gzip/deflate/br and decodes the text by the detected charset.
 * Throws a `FetchError` saying why it failed.
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, maxRedirects = 5 } = options;
  const settings = {
    ...options,
    allowPrivateHosts: options.allowPrivateHosts ?? false,
    resolve: options.resolve ?? systemResolver,
  };
  const signal = AbortSignal.timeout(timeoutMs);
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    assertFetchableUrl(current, settings.allowPrivateHosts, settings.isAllowed ?? isAllowedAddress);
    const { response, close } = await open(current, settings, signal);
    try {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        if (hop >= maxRedirects) throw new FetchError('redirects', `more than ${maxRedirects} redirects`);
        current = new URL(location, current);
        continue;
      }
      const contentType = response.headers['content-type'] ?? '';
      const etag = headerValue(response.headers.etag);
      const lastModified = headerValue(response.headers['last-modified']);
      if (status === 304) {
        return {
          url: current.href,
          status,
          notModified: true,
          contentType,
          etag,
          lastModified,
          bytes: new Uint8Array(),
          text: '',
          charset: 'utf-8',
        };
      }
      if (status < 200 || status >= 300) {
        const statusText = response.statusMessage ?? '';
        throw new FetchError('status', `HTTP ${status} ${statusText}`.trim(), { status, statusText });
      }
      if (options.acceptTypes && !options.acceptTypes.test(contentType || 'text/html')) {
        throw new FetchError('type', `the page is ${contentType.split(';')[0] || 'of no declared type'}`, { contentType });
      }
      const raw = await readCapped(response, maxBytes, signal);
      const bytes = decompressBody(raw, headerValue(response.headers['content-encoding']) ?? '', maxBytes);
      const { text, charset } = decodeBody(bytes, contentType);
      return {
        url: current.href,
        status,
        notModified: false,
        contentType: contentType || 'text/html',
        etag,
        lastModified,
        bytes,
        text,
        charset,
      };
    } finally {
      close();
    }
  }
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}
