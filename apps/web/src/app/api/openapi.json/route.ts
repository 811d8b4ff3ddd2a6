import { openApiDocument } from '@claimledger/api';
import { publicUrlOfRequest } from '../../../server/public-url';

export const dynamic = 'force-dynamic';

/** The OpenAPI 3.1 document of the REST API. */
export function GET(request: Request): Response {
  return Response.json(openApiDocument(publicUrlOfRequest(request)));
}
