import { createTrpcHandler } from '@claimledger/api';
import { createApiContext } from '../../../../server/context';

export const dynamic = 'force-dynamic';

const handler = createTrpcHandler(createApiContext);

export { handler as GET, handler as POST };
