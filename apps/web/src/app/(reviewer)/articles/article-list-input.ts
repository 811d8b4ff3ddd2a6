import { ZArticleListInput, type TArticleListInput } from '@claimledger/contracts';
import { firstParam, type SearchParams } from '../../search-params';

export const ARTICLES_PAGE = 100;

/** The list's query from the page address; a malformed search or cursor is dropped, not an error. */
export function articleListInput(params: SearchParams): TArticleListInput {
  const raw = { limit: ARTICLES_PAGE, q: firstParam(params['q']), after: firstParam(params['after']) };
  const parsed = ZArticleListInput.safeParse(raw);
  if (parsed.success)
    return {
      limit: ARTICLES_PAGE,
      ...(parsed.data.q ? { q: parsed.data.q } : {}),
      ...(parsed.data.after ? { after: parsed.data.after } : {}),
    };
  return { limit: ARTICLES_PAGE };
}
