import { lookup } from 'node:dns/promises';
import { isPrivateAddress } from './private-hosts';

/**
 * Whether the fetcher may connect to this IP address. The one place the network policy is
 * asked, so swapping in a new classification (ipaddr.js `isPublicAddress`) is one line.
 */
export function isAllowedAddress(ip: string): boolean {
  return !isPrivateAddress(ip);
}

export type ResolvedAddress = { address: string; family: number };

/** Resolves a host name to all its addresses; injectable so tests can play a rebinding DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => lookup(hostname, { all: true, verbatim: true });
