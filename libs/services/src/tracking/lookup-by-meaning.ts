import {
  ZClaimLookupInput,
  ZMatchClaimsInput,
  parseInput,
  type TClaimMatch,
  type TMatchClaimsInput,
  type TMatchClaimsOutput,
  type TTrackedClaimRef,
} from '@claimledger/contracts';
import {
  countGroupClaims,
  findGroup,
  findPriorVerdict,
  findClaimStatusRows,
  listGroupClaimIds,
  type DbClient,
} from '@claimledger/db';
import { toClaimStatus } from '../consumer/claim-status';
import { rankGroupMatches } from './match-claim';

async function trackedClaimRef(db: DbClient, groupId: string, publicUrl: string): Promise<TTrackedClaimRef | null> {
  const group = await findGroup(db, groupId);
  if (!group) return null;
  const verdict = await findPriorVerdict(db, groupId, null, publicUrl);
  return {
    id: group.id,
    canonicalText: group.canonicalText,
    appearances: await countGroupClaims(db, groupId),
    status: verdict ? (verdict.source === 'claimledger' ? 'published' : 'checked_elsewhere') : 'unchecked',
    verdict,
  };
}

/** One text against stored claims and fact-checks: best appearance per tracked claim, best first. */
async function matchText(db: DbClient, text: string, limit: number, publicUrl: string): Promise<TClaimMatch[]> {
  const matches = await rankGroupMatches(db, text, { limit });
  const out: TClaimMatch[] = [];
  for (const match of matches) {
    if (match.score <= 0) continue;
    const claimId =
      match.candidate.kind === 'claim'
        ? match.candidate.rowId
        : match.groupId
          ? (await listGroupClaimIds(db, match.groupId))[0]
          : undefined;
    if (!claimId) continue;
    const [claim] = await findClaimStatusRows(db, { claimId }, 1);
    if (!claim) continue;
    out.push({
      ...toClaimStatus(claim, publicUrl),
      score: match.score,
      valueChange: match.valueChange,
      trackedClaim: match.groupId ? await trackedClaimRef(db, match.groupId, publicUrl) : null,
    });
  }
  return out;
}

/** GET /v1/claims/lookup: claims that state the same thing in any words, with a score, the tracked claim and its verdict. */
export async function lookupClaimsByMeaning(
  db: DbClient,
  raw: { text: string; limit?: number },
  publicUrl: string,
): Promise<TClaimMatch[]> {
  const { text, limit } = parseInput(ZClaimLookupInput, raw);
  return matchText(db, text, limit, publicUrl);
}

/** POST /v1/claims/match: up to 100 texts in one call, each with its ranked matches. */
export async function matchClaims(db: DbClient, raw: TMatchClaimsInput, publicUrl: string): Promise<TMatchClaimsOutput> {
  const { texts, limit } = parseInput(ZMatchClaimsInput, raw);
  const results = [];
  for (const text of texts) results.push({ text, items: await matchText(db, text, limit, publicUrl) });
  return { results };
}
