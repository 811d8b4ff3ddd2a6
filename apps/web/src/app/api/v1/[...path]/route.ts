import { createRateLimit, handleRestRequest } from '@claimledger/api';
import { getServer } from '../../../../server/database';
import { webEnv } from '../../../../server/env';

export const dynamic = 'force-dynamic';

const rateLimit = createRateLimit(webEnv.CLAIMLEDGER_API_RATE_LIMIT, 60);

/** REST view of the consumer procedures: /api/v1/claims/{id}, /api/v1/claims, … (see /api/openapi.json). */
export async function GET(request: Request): Promise<Response> {
  const { db, archiver } = await getServer();
  return handleRestRequest(request, {
    db: db.prisma,
    archiveQueue: archiver,
    publicUrl: webEnv.CLAIMLEDGER_PUBLIC_URL,
    rateLimit,
  });
}
