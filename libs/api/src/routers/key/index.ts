import { router } from '../../trpc';
import { createKeyProcedure } from './create-key';
import { listKeysProcedure } from './list-keys';
import { revokeKeyProcedure } from './revoke-key';

export const keyRouter = router({
  list: listKeysProcedure,
  create: createKeyProcedure,
  revoke: revokeKeyProcedure,
});
