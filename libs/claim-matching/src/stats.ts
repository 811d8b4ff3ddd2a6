// Document frequencies of stems in a claims corpus: the IDF behind every lexical feature.
// The library ships the statistics of its training corpus (model/idf.json); a caller with its
// own corpus (the CLI's corpus file) can compute them from that instead.
import idfJson from '../model/idf.json' with { type: 'json' };
import { z } from 'zod';
import { analyseText } from './text.ts';
import { type MatchText } from './types.ts';

export interface CorpusStats {
  docs: number;
  /** Documents (claim and title together) containing each stem; stems seen once may be left out. */
  df: Map<string, number>;
  averageClaimLength: number;
  averageTitleLength: number;
}

const ZStatsJson = z.object({
  docs: z.number().int().positive(),
  averageClaimLength: z.number().positive(),
  averageTitleLength: z.number().positive(),
  minDf: z.number().int().positive(),
  df: z.record(z.string(), z.number().int().positive()),
});

export function computeCorpusStats(corpus: readonly MatchText[]): CorpusStats {
  const df = new Map<string, number>();
  let claimWords = 0;
  let titleWords = 0;
  let titled = 0;
  for (const doc of corpus) {
    const claim = analyseText(doc.text).stems;
    const title = doc.title ? analyseText(doc.title).stems : [];
    claimWords += claim.length;
    if (doc.title) {
      titleWords += title.length;
      titled += 1;
    }
    for (const stem of new Set([...claim, ...title])) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  return {
    docs: Math.max(1, corpus.length),
    df,
    averageClaimLength: claimWords / Math.max(1, corpus.length) || 1,
    averageTitleLength: titleWords / Math.max(1, titled) || 1,
  };
}

/** JSON form with stems of document frequency below `minDf` left out (they count as unseen). */
export function serialiseCorpusStats(stats: CorpusStats, minDf: number): z.infer<typeof ZStatsJson> {
  const df: Record<string, number> = {};
  for (const [stem, count] of [...stats.df].sort(([a], [b]) => (a < b ? -1 : 1))) if (count >= minDf) df[stem] = count;
  return {
    docs: stats.docs,
    averageClaimLength: Math.round(stats.averageClaimLength * 1000) / 1000,
    averageTitleLength: Math.round(stats.averageTitleLength * 1000) / 1000,
    minDf,
    df,
  };
}

export function parseCorpusStats(value: unknown): CorpusStats {
  const parsed = ZStatsJson.parse(value);
  return {
    docs: parsed.docs,
    df: new Map(Object.entries(parsed.df)),
    averageClaimLength: parsed.averageClaimLength,
    averageTitleLength: parsed.averageTitleLength,
  };
}

export const SHIPPED_CORPUS_STATS: CorpusStats = parseCorpusStats(idfJson);

/** BM25's IDF; a stem the corpus never showed counts as seen once. */
export function idfOf(stats: CorpusStats, stem: string): number {
  const df = stats.df.get(stem) ?? 1;
  return Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
}
