import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './signing';

const at = new Date('2026-11-26T10:00:00Z');
const body = JSON.stringify({ event: 'claim.published', claim: { id: 'c1' } });

describe('webhook signatures', () => {
  it('sign the timestamp and body with HMAC-SHA256', () => {
    const header = signPayload('whsec_test', body, at);
    const t = at.getTime() / 1000;
    expect(header).toBe(`t=${t},v1=${createHmac('sha256', 'whsec_test').update(`${t}.${body}`).digest('hex')}`);
    expect(verifySignature('whsec_test', body, header, at)).toBe(true);
  });

  it('fail for another secret, a changed body, a changed timestamp or an old delivery', () => {
    const header = signPayload('whsec_test', body, at);
    expect(verifySignature('whsec_other', body, header, at)).toBe(false);
    expect(verifySignature('whsec_test', `${body} `, header, at)).toBe(false);
    expect(verifySignature('whsec_test', body, header.replace(/t=\d+/, `t=${at.getTime() / 1000 + 1}`), at)).toBe(false);
    expect(verifySignature('whsec_test', body, header, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifySignature('whsec_test', body, 'garbage', at)).toBe(false);
  });
});
