import 'server-only';
import { headers } from 'next/headers';

/** This response's CSP nonce, set by the proxy (src/proxy.ts); inline scripts carry it. */
export async function getNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}
