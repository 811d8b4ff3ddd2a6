// The proxy's settings. No 'server-only' here: the proxy bundle is built apart from the pages.
import { ZPublishingEnv } from '@claimledger/contracts';
import { z } from 'zod';

const ZProxyEnv = ZPublishingEnv.pick({ CLAIMLEDGER_PUBLIC_URL: true }).extend({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export const proxyEnv = ZProxyEnv.parse({
  CLAIMLEDGER_PUBLIC_URL: process.env.CLAIMLEDGER_PUBLIC_URL || undefined,
  NODE_ENV: process.env.NODE_ENV || undefined,
});
