import { extractClaims } from './extract';
import type { ExtractedClaim } from './types';

/**
 * The product's reading of a short span on its own (for value comparisons on labelled spans):
 * the first claim with a value that the pipeline finds in it, else its first claim.
 */
export function readSpanValue(span: string): ExtractedClaim | null {
  const claims = extractClaims(span);
  return claims.find((c) => c.value !== null) ?? claims[0] ?? null;
}
