import { ZClaimListInput, type TClaimListInput } from '@claimledger/contracts';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The queue filter from the URL; anything invalid is dropped rather than failing the page. */
export function filterFromParams(params: Params): TClaimListInput {
  const raw = {
    states: one(params['state']) ? [one(params['state'])] : undefined,
    kind: one(params['kind']),
    assignee: one(params['assignee']),
    articleId: one(params['article']),
    minCheckworthiness: one(params['min']) ? Number(one(params['min'])) : undefined,
    q: one(params['q']),
    cursor: one(params['after']),
    repeat: one(params['repeat']) === 'yes' ? true : one(params['repeat']) === 'no' ? false : undefined,
    limit: 50,
  };
  const parsed = ZClaimListInput.safeParse(raw);
  if (parsed.success) return raw as TClaimListInput;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))) as TClaimListInput;
}
