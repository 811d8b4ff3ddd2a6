import { router } from '../../trpc';
import { addCitationProcedure } from './add-citation';
import { archivedCopyProcedure } from './archived-copy';
import { listCitationsProcedure } from './list-citations';

export const citationRouter = router({
  add: addCitationProcedure,
  forClaim: listCitationsProcedure,
  archivedCopy: archivedCopyProcedure,
});
