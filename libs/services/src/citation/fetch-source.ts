import { createHash } from 'node:crypto';

export type FetchedSource = { url: string; body: string; hash: string; contentType: string };

export type FetchSourceOptions = { timeoutMs?: number; maxBytes?: number; fetch?: typeof fetch };

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

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`);

function charsetOf(contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}

/**
 * Downloads a source page for the archive: follows redirects, gives up after `timeoutMs`,
 * refuses non-text and oversized bodies. Throws an Error whose message says why.
 */
export async function fetchSource(url: string, options: FetchSourceOptions = {}): Promise<FetchedSource> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, fetch: doFetch = fetch } = options;
  let response: Response;
  try {
    response = await doFetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'ClaimLedger-Archiver/0.1 (+https://github.com/claimledger)', accept: 'text/html,text/plain;q=0.9' },
    });
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Error(`could not fetch the source: ${cause}`);
  }
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
    url: response.url || url,
    body: new TextDecoder(charsetOf(contentType)).decode(bytes),
    hash: createHash('sha256').update(bytes).digest('hex'),
    contentType,
  };
}
