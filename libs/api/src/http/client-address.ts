/**
 * The client's network address: the last `X-Forwarded-For` entry. The web server
 * (apps/web/scripts/server.mjs, what `npm start` runs) decides what that entry is worth: unless
 * CLAIMLEDGER_TRUST_PROXY=on it overwrites the header with the TCP peer's address, so a client
 * cannot choose its own; with it, the entry is the one appended by the nearest reverse proxy.
 * See docs/SECURITY.md.
 */
export function clientAddress(req: Request | Headers): string {
  const headers = req instanceof Headers ? req : req.headers;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last ? last.slice(0, 100) : 'unknown';
}
