import 'server-only';
import { ZPublishingEnv } from '@claimledger/contracts';
import { z } from 'zod';

const ZWebEnv = ZPublishingEnv.extend({
  CLAIMLEDGER_DEMO: z.enum(['on', 'off']).default('on'),
  /** "allow" lets citation archiving and webhook deliveries reach loopback/private networks (tests, intranets). */
  CLAIMLEDGER_PRIVATE_HOSTS: z.enum(['allow', 'deny']).default('deny'),
  /** Requests per minute per API key, on /api/v1 and the tRPC v1.* procedures together. */
  CLAIMLEDGER_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Failed API key attempts per minute per client address. */
  CLAIMLEDGER_API_FAILED_KEY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Wrong passwords per account, and per client address, in 15 minutes before sign-in waits. */
  CLAIMLEDGER_SIGN_IN_ACCOUNT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(10),
  CLAIMLEDGER_SIGN_IN_CLIENT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(50),
  /** "on" behind your reverse proxy: its X-Forwarded-* headers are believed (scripts/forwarded-for.mjs). */
  CLAIMLEDGER_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
});

export const webEnv = ZWebEnv.parse({
  CLAIMLEDGER_DEMO: process.env.CLAIMLEDGER_DEMO || undefined,
  CLAIMLEDGER_PRIVATE_HOSTS: process.env.CLAIMLEDGER_PRIVATE_HOSTS || undefined,
  CLAIMLEDGER_API_RATE_LIMIT: process.env.CLAIMLEDGER_API_RATE_LIMIT || undefined,
  CLAIMLEDGER_API_FAILED_KEY_LIMIT: process.env.CLAIMLEDGER_API_FAILED_KEY_LIMIT || undefined,
  CLAIMLEDGER_SIGN_IN_ACCOUNT_LIMIT: process.env.CLAIMLEDGER_SIGN_IN_ACCOUNT_LIMIT || undefined,
  CLAIMLEDGER_SIGN_IN_CLIENT_LIMIT: process.env.CLAIMLEDGER_SIGN_IN_CLIENT_LIMIT || undefined,
  CLAIMLEDGER_TRUST_PROXY: process.env.CLAIMLEDGER_TRUST_PROXY || undefined,
  CLAIMLEDGER_ORG_NAME: process.env.CLAIMLEDGER_ORG_NAME || undefined,
  CLAIMLEDGER_ORG_URL: process.env.CLAIMLEDGER_ORG_URL || undefined,
  CLAIMLEDGER_PUBLIC_URL: process.env.CLAIMLEDGER_PUBLIC_URL || undefined,
  PORT: process.env.PORT || undefined,
});

/** The API-key budgets of every transport. */
export const apiRateLimit = {
  limit: webEnv.CLAIMLEDGER_API_RATE_LIMIT,
  windowSeconds: 60,
  failedKeyLimit: webEnv.CLAIMLEDGER_API_FAILED_KEY_LIMIT,
};

/** Wrong-password budgets of sign-in. */
export const signInThrottle = {
  account: { limit: webEnv.CLAIMLEDGER_SIGN_IN_ACCOUNT_LIMIT, windowSeconds: 900 },
  client: { limit: webEnv.CLAIMLEDGER_SIGN_IN_CLIENT_LIMIT, windowSeconds: 900 },
};
