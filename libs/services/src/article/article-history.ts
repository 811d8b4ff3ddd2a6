import type { TArticleHistory } from '@claimledger/contracts';
import { findArticle, listArticleVersions, listRemovedClaims, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { diffSentences } from 'diff';

/** Sentence-level changes between two texts (a changed sentence shows as removed + added). */
export function diffTexts(before: string, after: string): TArticleHistory['versions'][number]['changes'] {
  return diffSentences(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** An article's versions, each with its changes from the one before, and the claims its edits removed. */
export async function getArticleHistory(db: DbClient, articleId: string): Promise<TArticleHistory> {
  const article = await findArticle(db, articleId);
  if (!article) throw new AppError('NOT_FOUND', `Article ${articleId} not found.`);
  const rows = await listArticleVersions(db, articleId);
  const versions =
    rows.length > 0
      ? rows
      : [
          {
            version: 1,
            title: article.title,
            text: article.text,
            contentHash: article.contentHash,
            createdAt: article.createdAt,
          },
        ];
  const removed = await listRemovedClaims(db, articleId);
  return {
    articleId,
    versions: versions.map((v, i) => {
      const previous = versions[i - 1];
      return {
        version: v.version,
        title: v.title,
        contentHash: v.contentHash,
        createdAt: v.createdAt,
        changes: previous ? diffTexts(previous.text, v.text) : [],
      };
    }),
    removedClaims: removed,
  };
}
