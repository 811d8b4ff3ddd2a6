import { ZListSuggestionsInput, ZMatchSuggestionList } from '@claimledger/contracts';
import { listSuggestions } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const listSuggestionsProcedure = requirePermission('claim:read')
  .input(ZListSuggestionsInput)
  .output(ZMatchSuggestionList)
  .query(async ({ ctx, input }) => ({ items: await listSuggestions(ctx.db, ctx.actor, input) }));
