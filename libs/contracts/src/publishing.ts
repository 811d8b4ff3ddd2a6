import { z } from 'zod';

/**
 * Who publishes reviews and where ClaimLedger is reachable; read by each app's env.ts. Without
 * CLAIMLEDGER_PUBLIC_URL, links follow the request's own address (web) or `http://localhost:PORT`
 * (command line, server start); the organisation URL defaults to the public URL.
 */
export const ZPublishingEnv = z.object({
  CLAIMLEDGER_ORG_NAME: z.string().min(1).default('ClaimLedger demo newsroom'),
  CLAIMLEDGER_ORG_URL: z.url({ protocol: /^https?$/ }).optional(),
  CLAIMLEDGER_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
});
export type TPublishingEnv = z.infer<typeof ZPublishingEnv>;
