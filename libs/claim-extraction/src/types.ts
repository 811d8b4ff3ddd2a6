import type { TExtractedClaim } from '@claimledger/contracts';

export type ExtractedClaim = TExtractedClaim;

export type ExtractOptions = { publishedAt?: Date | string | null };
