import { NextResponse, type NextRequest } from 'next/server';
import { foreignOriginMessage, foreignOriginOf, isServedOverHttps, newNonce, securityHeaders } from './server/security-headers';
import { proxyEnv } from './server/proxy/env';

/**
 * Every request: a fresh CSP nonce (Next.js reads it from the request's CSP header and puts it
 * on its own scripts; pages read it as `x-nonce`), the security headers on the response, and a
 * 403 for form posts and server actions from another site.
 */
export function proxy(request: NextRequest): NextResponse {
  const foreign = foreignOriginOf(request.method, request.nextUrl.pathname, request.headers);
  const nonce = newNonce();
  const headers = securityHeaders(nonce, {
    https: isServedOverHttps(request.headers, proxyEnv.CLAIMLEDGER_PUBLIC_URL),
    dev: proxyEnv.NODE_ENV === 'development',
  });
  if (foreign) {
    return new NextResponse(foreignOriginMessage(foreign), {
      status: 403,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('content-security-policy', headers['Content-Security-Policy'] ?? '');
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
