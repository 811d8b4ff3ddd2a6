import { ZArticleListInput, type TArticleListInput } from '@claimledger/contracts';

export const ARTICLES_PAGE = 100;

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The list's query from the page address; a malformed search or cursor is dropped, not an error. */
export function articleListInput(params: Params): TArticleListInput {
  const raw = { limit: ARTICLES_PAGE, q: one(params['q']), after: one(params['after']) };
  const parsed = ZArticleListInput.safeParse(raw);
  if (parsed.success)
    return {
      limit: ARTICLES_PAGE,
      ...(parsed.data.q ? { q: parsed.data.q } : {}),
      ...(parsed.data.after ? { after: parsed.data.after } : {}),
    };
  return { limit: ARTICLES_PAGE };
}

