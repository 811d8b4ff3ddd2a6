import 'server-only';
import { resolvePublicUrl } from '@claimledger/services';
import { headers } from 'next/headers';
import { webEnv } from './env';
import { requestOrigin } from './request-origin';

/** The origin a request came to (proxy headers only behind a trusted proxy). */
export function originOf(headerList: Headers): string | null {
  return requestOrigin(headerList, { trustProxy: webEnv.CLAIMLEDGER_TRUST_PROXY === 'on' });
}

/** Base URL for public links in a route handler: configured, or this request's address. */
export function publicUrlOfRequest(request: Request): string {
  return resolvePublicUrl(webEnv, originOf(request.headers));
}

/** Base URL for public links while rendering a page. */
export async function publicUrlOfPage(): Promise<string> {
  return resolvePublicUrl(webEnv, originOf(await headers()));
}
