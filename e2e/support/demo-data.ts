import { expect, type APIRequestContext } from '@playwright/test';

type ListedClaim = { id: string; text: string; sentence: string; speaker: string | null; articleId: string };

/** Claims in the given states, through the tRPC endpoint as the signed-in page's user. */
export async function listClaims(request: APIRequestContext, states: string[]): Promise<ListedClaim[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { states, limit: 50 } }));
  const res = await request.get(`/api/trpc/claim.list?input=${input}`);
  expect(res.ok(), await res.text()).toBe(true);
  const body = (await res.json()) as { result: { data: { json: { items: ListedClaim[] } } } };
  return body.result.data.json.items;
}

/** The demo data's published review (loaded on an empty database): the 38 percent claim. */
export async function publishedDemoClaim(request: APIRequestContext): Promise<ListedClaim> {
  const claim = (await listClaims(request, ['approved'])).find((c) => c.text.includes('38 percent'));
  if (!claim) throw new Error('the demo published review is missing');
  return claim;
}
