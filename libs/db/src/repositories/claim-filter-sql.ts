import type { TClaimListFilter } from '@claimledger/contracts';
import { Prisma } from '../generated/prisma/client';

export type ClaimFilter = Omit<TClaimListFilter, 'limit' | 'cursor' | 'q'>;

/**
 * The queue filter as SQL conditions on "Claim" c, in a form the planner can estimate and match
 * to the indexes (state and assignee columns, the kinds GIN index).
 */
export function claimFilterSql(filter: ClaimFilter, actorId: string | null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.states?.length) {
    // One parameter per state: PGlite's adapter does not pass a JS array to an enum-array cast.
    conditions.push(Prisma.sql`c."state" IN (${Prisma.join(filter.states.map((s) => Prisma.sql`${s}::"WorkflowState"`))})`);
  }
  if (filter.kind) conditions.push(Prisma.sql`c."kinds" @> ARRAY[${filter.kind}]::"ClaimKind"[]`);
  if (filter.articleId) conditions.push(Prisma.sql`c."articleId" = ${filter.articleId}`);
  if (filter.repeat !== undefined) conditions.push(Prisma.sql`c."isRepeat" = ${filter.repeat}`);
  if (filter.minCheckworthiness !== undefined) conditions.push(Prisma.sql`c."checkworthiness" >= ${filter.minCheckworthiness}`);
  if (filter.assignee === 'unassigned') conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filter.assignee) {
    conditions.push(Prisma.sql`c."assigneeId" = ${filter.assignee === 'me' ? (actorId ?? '') : filter.assignee}`);
  }
  return Prisma.join(conditions, ' AND ');
}
