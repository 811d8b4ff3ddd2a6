import { createHash } from 'node:crypto';
import { privateAddressOf } from '../net/private-hosts';

export type FetchedSource = { url: string; body: string; hash: string; contentType: string };

export type FetchSourceOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  /** Allow loopback and private-network sources (tests, intranets); refused by default. */
  allowPrivateHosts?: boolean;
};

const MAX_REDIRECTS = 5;

/** Refuses URLs that are not http(s) or whose host resolves to a private address. */
async function assertFetchable(url: URL, allowPrivateHosts: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the source redirected to a ${url.protocol} URL`);
  if (allowPrivateHosts) return;
  let blocked: string | null;
  try {
    blocked = await privateAddressOf(url);
  } catch (error) {
    throw new Error(`could not fetch the source: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (blocked) throw new Error(`the source's address ${blocked} is on a private network; archiving it is not allowed`);
}

const TEXT_TYPES = /^(text\/html|text\/plain|application\/xhtml\+xml)\b/i;

/** Reads at most `maxBytes` of a response body. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`the source is larger than ${sizeLabel(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;

function charsetOf(contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}

async function get(url: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': 'ClaimLedger-Archiver/0.1', accept: 'text/html,text/plain;q=0.9' },
    });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Error(`could not fetch the source: ${cause}`);
  }
}

/**
 * Downloads a source page for the archive: follows up to five redirects, checking each host
 * (private-network addresses are refused unless allowed), gives up after `timeoutMs`,
 * refuses non-text and oversized bodies. Throws an Error whose message says why.
 */
export async function fetchSource(url: string, options: FetchSourceOptions = {}): Promise<FetchedSource> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, allowPrivateHosts = false } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = new URL(url);
  let response: Response | null = null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    await assertFetchable(current, allowPrivateHosts);
    response = await get(current, signal);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    await response.body?.cancel();
    current = new URL(location, current);
    response = null;
  }
  if (!response) throw new Error(`the source redirected more than ${MAX_REDIRECTS} times`);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the source answered HTTP ${response.status} ${response.statusText}`.trim());
  }
  const contentType = response.headers.get('content-type') ?? 'text/html';
  if (!TEXT_TYPES.test(contentType)) {
    await response.body?.cancel();
    throw new Error(`the source is ${contentType.split(';')[0]}, not a web page or text`);
  }
  const bytes = await readLimited(response, maxBytes);
  return {
    url: current.href,
    body: new TextDecoder(charsetOf(contentType)).decode(bytes),
    hash: createHash('sha256').update(bytes).digest('hex'),
    contentType,
  };
}
