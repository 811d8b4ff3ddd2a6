import { z } from 'zod';
import { ZPublishingEnv } from '@claimledger/contracts';

/** Publishing settings for exports made from the command line. */
export const cliEnv = ZPublishingEnv.parse({
  CLAIMLEDGER_ORG_NAME: process.env.CLAIMLEDGER_ORG_NAME || undefined,
  CLAIMLEDGER_ORG_URL: process.env.CLAIMLEDGER_ORG_URL || undefined,
  CLAIMLEDGER_PUBLIC_URL: process.env.CLAIMLEDGER_PUBLIC_URL || undefined,
  PORT: process.env.PORT || undefined,
});

/** Network settings for fetching articles and feeds from the command line. */
export const cliFetchEnv = z
  .object({ CLAIMLEDGER_PRIVATE_HOSTS: z.enum(['allow', 'deny']).default('deny') })
  .parse({ CLAIMLEDGER_PRIVATE_HOSTS: process.env.CLAIMLEDGER_PRIVATE_HOSTS || undefined });
