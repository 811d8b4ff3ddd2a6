import { randomUUID } from 'node:crypto';
import type { DbClient } from '../client';

const BATCH = 2_000;

/**
 * Bulk data for benchmarks: `articles` × `claimsPerArticle` published claims, each with an
 * approved review (verdict, rationale, reviewer, approver) and one archived citation.
 */
export async function insertBenchData(db: DbClient, articles: number, claimsPerArticle: number): Promise<number> {
  const tag = randomUUID().slice(0, 8);
  const reviewer = await db.user.create({
    data: { email: `bench-reviewer-${tag}@example.org`, name: 'Bench reviewer', role: 'reviewer' },
  });
  const editor = await db.user.create({
    data: { email: `bench-editor-${tag}@example.org`, name: 'Bench editor', role: 'editor' },
  });
  const label = await db.verdictLabel.findFirstOrThrow({
    where: { scale: { isDefault: true }, rating: { gt: 0 } },
    orderBy: { position: 'asc' },
  });
  const now = new Date();
  let total = 0;
  for (let a = 0; a < articles; a++) {
    const article = await db.article.create({
      data: {
        title: `Bench article ${tag}-${a}`,
        url: `https://news.example.com/bench/${tag}/${a}`,
        text: 'Bench text.',
        contentHash: `${tag}-${a}`,
        ingestSource: 'bulk',
        publishedAt: now,
      },
    });
    for (let from = 0; from < claimsPerArticle; from += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, claimsPerArticle - from) }, (_, i) => `b${tag}${a}x${from + i}`);
      await db.claim.createMany({
        data: ids.map((id, i) => ({
          id,
          articleId: article.id,
          sentence: `The council said it built ${from + i} homes in 2023, the mayor said.`,
          sentenceStart: (from + i) * 80,
          start: (from + i) * 80,
          end: (from + i) * 80 + 20,
          text: `${from + i} homes`,
          kind: 'count',
          kinds: ['count'],
          value: from + i,
          speaker: 'the mayor',
          checkworthiness: 0.8,
          extractorVersion: 'bench',
          state: 'approved',
          verdictLabelId: label.id,
        })),
      });
      await db.review.createMany({
        data: ids.map((claimId) => ({
          claimId,
          reviewerId: reviewer.id,
          approverId: editor.id,
          verdictLabelId: label.id,
          rationale: 'Council records list this many homes.',
          state: 'approved',
          decidedAt: now,
        })),
      });
      await db.citation.createMany({
        data: ids.map((claimId) => ({
          claimId,
          sourceUrl: 'https://council.example.gov/homes',
          quoteExact: 'homes completed in 2023',
          stance: 'supports',
          accessedAt: now,
          addedById: reviewer.id,
          archiveStatus: 'archived',
          archivedAt: now,
          archivedHash: 'ab'.repeat(32),
        })),
      });
      total += ids.length;
    }
  }
  return total;
}
