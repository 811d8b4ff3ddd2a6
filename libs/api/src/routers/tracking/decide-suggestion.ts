import { ZDecideSuggestionInput, ZMatchSuggestion } from '@claimledger/contracts';
import { decideSuggestion } from '@claimledger/services';
import { requirePermission } from '../../trpc';

export const decideSuggestionProcedure = requirePermission('claim:review')
  .input(ZDecideSuggestionInput)
  .output(ZMatchSuggestion)
  .mutation(({ ctx, input }) => decideSuggestion(ctx.db, ctx.actor, input));
