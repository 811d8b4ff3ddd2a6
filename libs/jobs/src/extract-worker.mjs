// A worker thread of the extraction pool: loads the TypeScript extractor through tsx, then
// answers { text, publishedAt } with the claims found.
import { register } from 'tsx/esm/api';

register();
const { extractClaims } = await import('@claimledger/claim-extraction');

export default function extract({ text, publishedAt }) {
  return extractClaims(text, { publishedAt: publishedAt ? new Date(publishedAt) : null });
}
