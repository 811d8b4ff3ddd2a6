import { isAllowedAddress } from './address-guard';

/**
 * Not "the web": loopback, private, link-local, CGNAT and every other special-purpose block (see
 * address-guard). A check by name alone would race DNS rebinding: fetches and webhook
 * deliveries check each address as they connect (pinned-lookup), never ahead of time.
 */
export function isPrivateAddress(address: string): boolean {
  return !isAllowedAddress(address);
}
