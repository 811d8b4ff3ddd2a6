import { describe, expect, it } from 'vitest';
import { clientAddress } from '@claimledger/api';
import { applyForwardedFor, parseTrustProxy } from '../../scripts/forwarded-for.mjs';

// Fault 9 / docs/SECURITY.md: X-Forwarded-For is believed only behind a configured proxy.
const request = (forwardedFor: string | undefined, peer: string) => ({
  headers:
    forwardedFor === undefined ? {} : ({ 'x-forwarded-for': forwardedFor } as Record<string, string | string[] | undefined>),
  socket: { remoteAddress: peer },
});
const addressSeen = (req: ReturnType<typeof request>) =>
  clientAddress(new Headers({ 'x-forwarded-for': String(req.headers['x-forwarded-for']) }));

describe('client address: X-Forwarded-For only behind a trusted proxy', () => {
  it('by default a forged header is replaced by the connection address', () => {
    const req = request('1.2.3.4, 5.6.7.8', '203.0.113.9');
    applyForwardedFor(req, false);
    expect(addressSeen(req)).toBe('203.0.113.9');
  });

  it('trusted, the last entry (the one the proxy appended) is the client', () => {
    const req = request('1.2.3.4, 198.51.100.20', '10.0.0.2');
    applyForwardedFor(req, true);
    expect(addressSeen(req)).toBe('198.51.100.20');
  });

  it('trusted but without a header, the connection address', () => {
    const req = request(undefined, '10.0.0.2');
    applyForwardedFor(req, true);
    expect(addressSeen(req)).toBe('10.0.0.2');
  });

  it('CLAIMLEDGER_TRUST_PROXY is off unless set to "on"; other values are refused', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('off')).toBe(false);
    expect(parseTrustProxy('on')).toBe(true);
    expect(() => parseTrustProxy('yes')).toThrow('CLAIMLEDGER_TRUST_PROXY must be "on" or "off", not "yes"');
  });
});
