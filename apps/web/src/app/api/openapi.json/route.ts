import { openApiDocument } from '@claimledger/api';
import { webEnv } from '../../../server/env';

export const dynamic = 'force-dynamic';

/** The OpenAPI 3.1 document of the REST API. */
export function GET(): Response {
  return Response.json(openApiDocument(webEnv.CLAIMLEDGER_PUBLIC_URL));
}
