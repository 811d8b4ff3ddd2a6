export { createUser } from './users';
export { DEFAULT_SIGN_IN_THROTTLE, resolveActor, signIn, signOut } from './sessions';
export type { SignInOptions, SignInThrottle } from './sessions';
export { SESSION_COOKIE, SESSION_DAYS, sessionCookieOptions } from './session-token';
export { authenticateApiKey, createApiKey, identifyApiKey, listApiKeys, requireApiScope, revokeApiKey } from './api-keys';
export type { ApiKeyActor } from './api-keys';
export { DEMO_PASSWORD, DEMO_USERS, ensureDemoAccounts } from './demo-accounts';
export { consumeRateLimit, rateLimitBucket } from './rate-limit';
export type { RateLimitPolicy, RateLimitResult } from './rate-limit';
