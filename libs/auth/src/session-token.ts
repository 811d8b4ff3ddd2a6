import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cl_session';
export const SESSION_DAYS = 14;

/** Only the hash is stored: a leaked database holds no usable session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/**
 * The session cookie's attributes: HTTP-only, SameSite=Lax, whole site, and `Secure` whenever
 * the public URL is https (the browser then never sends it over plain http).
 */
export function sessionCookieOptions(publicUrl: string, expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: publicUrl.toLowerCase().startsWith('https:'),
    expires: expiresAt,
  };
}
