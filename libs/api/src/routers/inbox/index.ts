import { router } from '../../trpc';
import { getInboxProcedure } from './get-inbox';
import { markInboxSeenProcedure } from './mark-inbox-seen';

export const inboxRouter = router({
  get: getInboxProcedure,
  markSeen: markInboxSeenProcedure,
});
