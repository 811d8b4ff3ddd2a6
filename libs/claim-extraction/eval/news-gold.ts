// Scoring against news gold files written under ../shared/fixtures/news-claims-guideline.md:
// claim-level precision, recall of high-priority claims, claims per 1,000 words (the
// guideline's last section) and the share of labelled values that are right.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ExtractedClaim } from '../src/types';

const ZGoldClaim = z.object({
  id: z.string(),
  exact: z.string(),
  sentence: z.string(),
  kind: z.string(),
  value: z.number().nullable(),
  speaker: z.string().nullable(),
  priority: z.enum(['high', 'medium']),
});
export const ZGold = z.object({
  publishedAt: z.string().optional(),
  title: z.string().optional(),
  claims: z.array(ZGoldClaim),
  trivial: z.array(z.object({ exact: z.string(), sentence: z.string() })),
});
export type TGold = z.infer<typeof ZGold>;
export type GoldClaim = z.infer<typeof ZGoldClaim>;

export function readGold(file: string): TGold {
  return ZGold.parse(JSON.parse(readFileSync(file, 'utf8')));
}

type Located = { start: number; end: number };

/** Where a gold `exact` sits in the text: `sentence` in the text, `exact` in the sentence. */
export function locate(text: string, item: { exact: string; sentence: string }): Located {
  const s = text.indexOf(item.sentence);
  const e = s < 0 ? -1 : item.sentence.indexOf(item.exact);
  if (s < 0 || e < 0) throw new Error(`gold span not in the text: ${item.exact}`);
  return { start: s + e, end: s + e + item.exact.length };
}

export const overlapsSpan = (a: Located, b: Located) => a.start < b.end && b.start < a.end;

export type ClaimScore = {
  proposed: number;
  right: number;
  trivial: number;
  unsupported: string[];
  trivialTexts: string[];
  high: number;
  highFound: number;
  missedHigh: string[];
  words: number;
};

/** The guideline's section 8: right, trivial or unsupported per proposal; recall over `high`. */
export function scoreClaims(text: string, gold: TGold, claims: ExtractedClaim[], words: number): ClaimScore {
  const goldSpans = gold.claims.map((c) => ({ claim: c, at: locate(text, c) }));
  const trivialSpans = gold.trivial.map((t) => locate(text, t));
  const score: ClaimScore = {
    proposed: claims.length,
    right: 0,
    trivial: 0,
    unsupported: [],
    trivialTexts: [],
    high: 0,
    highFound: 0,
    missedHigh: [],
    words,
  };
  for (const c of claims) {
    if (goldSpans.some((g) => overlapsSpan(g.at, c))) score.right++;
    else if (trivialSpans.some((t) => overlapsSpan(t, c))) {
      score.trivial++;
      score.trivialTexts.push(c.text);
    } else score.unsupported.push(c.text);
  }
  for (const g of goldSpans.filter((x) => x.claim.priority === 'high')) {
    score.high++;
    if (claims.some((c) => overlapsSpan(g.at, c))) score.highFound++;
    else score.missedHigh.push(g.claim.exact);
  }
  return score;
}

export function addScores(a: ClaimScore, b: ClaimScore): ClaimScore {
  return {
    proposed: a.proposed + b.proposed,
    right: a.right + b.right,
    trivial: a.trivial + b.trivial,
    unsupported: [...a.unsupported, ...b.unsupported],
    trivialTexts: [...a.trivialTexts, ...b.trivialTexts],
    high: a.high + b.high,
    highFound: a.highFound + b.highFound,
    missedHigh: [...a.missedHigh, ...b.missedHigh],
    words: a.words + b.words,
  };
}

/** A value is right within half a percent (the guideline writes 4% as 4 and thirds as 0.333). */
export function sameValue(gold: number, found: number | null | undefined): boolean {
  if (found === null || found === undefined) return false;
  return Math.abs(gold - found) <= Math.max(1e-9, Math.abs(gold) * 0.005);
}

/** A product claim's value in the guideline's terms: percentages as 4 for 4%, a dated statement's year. */
export function productValues(claim: ExtractedClaim): number[] {
  const values: number[] = [];
  if (claim.value !== null) values.push(claim.unit === 'percent' ? Number((claim.value * 100).toPrecision(12)) : claim.value);
  if (claim.timeStart) values.push(Number(claim.timeStart.slice(0, 4)));
  return values;
}

export type ValueScore = { labelled: number; product: number; peer: number; misses: string[] };

/**
 * Of the gold claims with a value: how many the product's claim over that span gets right
 * (the claim overlapping most), and how many the peer gets right reading the gold span itself.
 */
export function scoreValues(
  text: string,
  gold: TGold,
  claims: ExtractedClaim[],
  peer: (span: string) => number | null,
  ownReading: (span: string) => ExtractedClaim | null,
): ValueScore {
  const score: ValueScore = { labelled: 0, product: 0, peer: 0, misses: [] };
  for (const g of gold.claims) {
    if (g.value === null) continue;
    score.labelled++;
    const at = locate(text, g);
    // The stored claim over the span (the first if several), else the product reading the span.
    const best = claims.find((c) => overlapsSpan(at, c)) ?? ownReading(g.exact);
    const value = g.value;
    if (best && productValues(best).some((v) => sameValue(value, v))) score.product++;
    else score.misses.push(`${g.exact} → ${best ? productValues(best).join('/') || 'no value' : 'no claim'} (gold ${value})`);
    if (sameValue(value, peer(g.exact))) score.peer++;
  }
  return score;
}

export function addValueScores(a: ValueScore, b: ValueScore): ValueScore {
  return {
    labelled: a.labelled + b.labelled,
    product: a.product + b.product,
    peer: a.peer + b.peer,
    misses: [...a.misses, ...b.misses],
  };
}
