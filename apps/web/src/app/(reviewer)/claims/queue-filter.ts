import { ZClaimListInput, type TClaimListInput } from '@claimledger/contracts';
import { firstParam, type SearchParams } from '../../search-params';

/** The queue filter from the URL; anything invalid is dropped rather than failing the page. */
export function filterFromParams(params: SearchParams): TClaimListInput {
  const raw = {
    states: firstParam(params['state']) ? [firstParam(params['state'])] : undefined,
    kind: firstParam(params['kind']),
    assignee: firstParam(params['assignee']),
    articleId: firstParam(params['article']),
    minCheckworthiness: firstParam(params['min']) ? Number(firstParam(params['min'])) : undefined,
    q: firstParam(params['q']),
    cursor: firstParam(params['after']),
    repeat: firstParam(params['repeat']) === 'yes' ? true : firstParam(params['repeat']) === 'no' ? false : undefined,
    limit: 50,
  };
  const parsed = ZClaimListInput.safeParse(raw);
  if (parsed.success) return raw as TClaimListInput;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))) as TClaimListInput;
}
