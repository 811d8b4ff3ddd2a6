// Pure (no 'server-only'): public-url.ts reads the settings, tests call this directly.

/**
 * The origin a request came to, for public links when CLAIMLEDGER_PUBLIC_URL is unset. The Host
 * header, or, only behind a trusted proxy (CLAIMLEDGER_TRUST_PROXY=on), the X-Forwarded-Host and
 * X-Forwarded-Proto it sets: otherwise any client could choose the links a response carries.
 */
export function requestOrigin(headerList: Headers, { trustProxy }: { trustProxy: boolean }): string | null {
  const forwardedHost = trustProxy ? headerList.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwardedHost || headerList.get('host');
  if (!host || !/^[a-z0-9.[\]:-]+$/i.test(host)) return null;
  const forwardedProto = trustProxy ? headerList.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  return `${forwardedProto === 'https' ? 'https' : 'http'}://${host}`;
}
