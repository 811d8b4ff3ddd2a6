import { createHash } from 'node:crypto';
import { FetchError, sizeLabel } from '../net/fetch-error';
import { guardedFetch } from '../net/guarded-fetch';
import type { Resolver } from '../net/address-guard';

export type FetchedSource = { url: string; body: string; hash: string; contentType: string };

export type FetchSourceOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  /** Allow loopback and private-network sources (tests, intranets); refused by default. */
  allowPrivateHosts?: boolean;
  resolve?: Resolver;
};

const TEXT_TYPES = /^(text\/html|text\/plain|application\/xhtml\+xml)\b/i;

/** The archive's wording of each way a fetch can fail. */
function reasonOf(error: FetchError, maxBytes: number): string {
  switch (error.kind) {
    case 'protocol':
      return `the source redirected to a ${error.message.split(' ')[0]} URL`;
    case 'private-address':
      return `the source's address ${error.detail.address ?? ''} is on a private network; archiving it is not allowed`;
    case 'status':
      return `the source answered ${error.message}`;
    case 'type':
      return `the source is ${error.detail.contentType?.split(';')[0] ?? 'unknown'}, not a web page or text`;
    case 'too-large':
      return `the source is larger than ${sizeLabel(maxBytes)}`;
    case 'redirects':
      return `the source redirected ${error.message.replace(' redirects', ' times')}`;
    default:
      return `could not fetch the source: ${error.message}`;
  }
}

/**
 * Downloads a source page for the archive through the guarded fetcher (redirects re-checked,
 * private networks refused, pinned DNS), gives up after `timeoutMs`, refuses non-text and
 * oversized bodies. Throws an Error whose message says why.
 */
export async function fetchSource(url: string, options: FetchSourceOptions = {}): Promise<FetchedSource> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, allowPrivateHosts = false, resolve } = options;
  try {
    const page = await guardedFetch(url, {
      timeoutMs,
      maxBytes,
      allowPrivateHosts,
      resolve,
      accept: 'text/html,text/plain;q=0.9',
      acceptTypes: TEXT_TYPES,
    });
    return {
      url: page.url,
      body: page.text,
      hash: createHash('sha256').update(page.bytes).digest('hex'),
      contentType: page.contentType,
    };
  } catch (error) {
    if (error instanceof FetchError) throw new Error(reasonOf(error, maxBytes));
    throw error;
  }
}
