import type { TClaim } from '@claimledger/contracts';
import type { Prisma } from '../generated/prisma/client';

export const claimSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  text: true,
  sentence: true,
  kind: true,
  kinds: true,
  value: true,
  low: true,
  high: true,
  unit: true,
  counted: true,
  place: true,
  bound: true,
  hedged: true,
  speaker: true,
  isQuote: true,
  timeStart: true,
  timeEnd: true,
  checkworthiness: true,
  extractorVersion: true,
  state: true,
  version: true,
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toClaim(row: ClaimRow): TClaim {
  return { ...row, timeStart: day(row.timeStart), timeEnd: day(row.timeEnd) };
}
