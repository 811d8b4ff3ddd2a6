/**
 * What the app may believe about a request's client address, decided before Next.js sees it.
 * Untrusted (the default): X-Forwarded-For becomes the TCP peer's address, whatever the client
 * sent. Trusted (CLAIMLEDGER_TRUST_PROXY=on, behind your reverse proxy): the header is kept and
 * the app reads its last entry, the one the nearest proxy appended; with no header, the peer's.
 * @param {{ headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string } }} req
 * @param {boolean} trustProxy
 */
export function applyForwardedFor(req, trustProxy) {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy || !req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = peer;
}

/**
 * CLAIMLEDGER_TRUST_PROXY: "on" or "off" (default); anything else is a configuration error.
 * @param {string | undefined} value
 * @returns {boolean}
 */
export function parseTrustProxy(value) {
  if (value === undefined || value === '' || value === 'off') return false;
  if (value === 'on') return true;
  throw new Error(`CLAIMLEDGER_TRUST_PROXY must be "on" or "off", not "${value}"`);
}
