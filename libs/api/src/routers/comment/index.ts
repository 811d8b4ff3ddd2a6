import { router } from '../../trpc';
import { addCommentProcedure } from './add-comment';
import { listCommentsProcedure } from './list-comments';

export const commentRouter = router({
  add: addCommentProcedure,
  forClaim: listCommentsProcedure,
});
