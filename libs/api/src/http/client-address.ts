/**
 * The client's network address: the last `X-Forwarded-For` entry, which is the one added by the
 * nearest proxy (Next.js itself sets it from the socket when a request arrives without one).
 * Deployments expose the app through a reverse proxy that sets or appends this header; see
 * docs/SECURITY.md.
 */
export function clientAddress(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last ? last.slice(0, 100) : 'unknown';
}
