import type { TExtractedClaim } from '@claimledger/contracts';
import { extractClaims } from '@claimledger/claim-extraction';

/**
 * Finds the claims of a normalised text. Workers pass one that runs in a worker-thread pool
 * (libs/jobs), so extraction never holds a server's event loop; the default runs inline.
 */
export type Extractor = (text: string, publishedAt: Date | null) => Promise<TExtractedClaim[]>;

export const inlineExtractor: Extractor = async (text, publishedAt) => extractClaims(text, { publishedAt });
