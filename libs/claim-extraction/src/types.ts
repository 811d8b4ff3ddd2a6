import type { ClaimKind, ValueBound } from '@claimledger/domain';

export type ExtractedClaim = {
  kind: ClaimKind;
  kinds: ClaimKind[];
  /** Claim span: character offsets into the article text. */
  start: number;
  end: number;
  text: string;
  sentence: string;
  sentenceStart: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  place: string | null;
  bound: ValueBound | null;
  hedged: boolean;
  speaker: string | null;
  isQuote: boolean;
  timeStart: string | null;
  timeEnd: string | null;
  checkworthiness: number;
};

export type ExtractOptions = { publishedAt?: Date | string | null };
