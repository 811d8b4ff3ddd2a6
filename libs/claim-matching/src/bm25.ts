// In-memory BM25 over claim text and title: the first stage for the CLI and the evaluation
// (the product's first stage is the database's full-text and trigram search).
import { analyseText } from './text.ts';
import { type MatchText } from './types.ts';

const K1 = 1.2;
const B = 0.75;

interface Posting {
  doc: number;
  tf: number;
}

export interface Bm25Index {
  search(text: string, limit: number): { doc: MatchText; score: number }[];
  size: number;
}

export function createBm25Index(docs: readonly MatchText[]): Bm25Index {
  const postings = new Map<string, Posting[]>();
  const lengths = new Float64Array(docs.length);
  docs.forEach((doc, index) => {
    const stems = analyseText(`${doc.text} ${doc.title ?? ''}`).stems;
    lengths[index] = stems.length;
    const counts = new Map<string, number>();
    for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    for (const [stem, tf] of counts) {
      const list = postings.get(stem) ?? [];
      list.push({ doc: index, tf });
      postings.set(stem, list);
    }
  });
  const average = lengths.reduce((sum, value) => sum + value, 0) / Math.max(1, docs.length);
  const scores = new Float64Array(docs.length);

  return {
    size: docs.length,
    search(text, limit) {
      scores.fill(0);
      const touched: number[] = [];
      for (const stem of new Set(analyseText(text).stems)) {
        const list = postings.get(stem);
        if (!list) continue;
        const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          if (scores[doc] === 0) touched.push(doc);
          const norm = tf + K1 * (1 - B + (B * (lengths[doc] ?? 0)) / average);
          scores[doc] = (scores[doc] ?? 0) + (idf * tf * (K1 + 1)) / norm;
        }
      }
      return touched
        .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))
        .slice(0, limit)
        .flatMap((index) => {
          const doc = docs[index];
          return doc ? [{ doc, score: scores[index] ?? 0 }] : [];
        });
    },
  };
}
