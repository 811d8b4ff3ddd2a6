import 'server-only';
import { z } from 'zod';

const ZWebEnv = z.object({
  CLAIMLEDGER_DEMO: z.enum(['on', 'off']).default('on'),
});

export const webEnv = ZWebEnv.parse({ CLAIMLEDGER_DEMO: process.env.CLAIMLEDGER_DEMO || undefined });
