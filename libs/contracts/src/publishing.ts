import { z } from 'zod';

/** Who publishes reviews and where ClaimLedger is reachable; read by each app's env.ts. */
export const ZPublishingEnv = z.object({
  CLAIMLEDGER_ORG_NAME: z.string().min(1).default('ClaimLedger demo newsroom'),
  CLAIMLEDGER_ORG_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  CLAIMLEDGER_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
});
export type TPublishingEnv = z.infer<typeof ZPublishingEnv>;
