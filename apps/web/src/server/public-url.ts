import 'server-only';
import { resolvePublicUrl } from '@claimledger/services';
import { headers } from 'next/headers';
import { webEnv } from './env';

/** The origin a request came to, as the browser saw it (proxy headers first). */
export function originOf(headerList: Headers): string | null {
  const host = headerList.get('x-forwarded-host') ?? headerList.get('host');
  if (!host || !/^[a-z0-9.[\]:-]+$/i.test(host)) return null;
  const proto = headerList.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** Base URL for public links in a route handler: configured, or this request's address. */
export function publicUrlOfRequest(request: Request): string {
  return resolvePublicUrl(webEnv, originOf(request.headers));
}

/** Base URL for public links while rendering a page. */
export async function publicUrlOfPage(): Promise<string> {
  return resolvePublicUrl(webEnv, originOf(await headers()));
}
