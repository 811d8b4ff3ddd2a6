import { router } from '../../trpc';
import { addSourceProcedure } from './add-source';
import { listSourcesProcedure } from './list-sources';

export const sourceRouter = router({
  list: listSourcesProcedure,
  add: addSourceProcedure,
});
