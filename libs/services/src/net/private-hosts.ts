import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isAllowedAddress } from './address-guard';

/** Not "the web": loopback, private, link-local, CGNAT and every other special-purpose block (see address-guard). */
export function isPrivateAddress(address: string): boolean {
  return !isAllowedAddress(address);
}

/**
 * The first private-network address the URL's host resolves to, or null when all are public.
 * (A host that re-resolves between this check and the connection is not caught.)
 */
export async function privateAddressOf(url: URL): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  return addresses.find(isPrivateAddress) ?? null;
}
