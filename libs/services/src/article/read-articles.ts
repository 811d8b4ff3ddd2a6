import { ZArticleListInput, type TArticle, type TArticleListInput, type TArticleSummary } from '@claimledger/contracts';
import { findArticle, listArticles as listArticleRows, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { parseInput } from '@claimledger/contracts';

export async function listArticles(db: DbClient, raw: TArticleListInput = {}): Promise<TArticleSummary[]> {
  return listArticleRows(db, parseInput(ZArticleListInput, raw));
}

export async function getArticle(db: DbClient, id: string): Promise<TArticle> {
  const article = await findArticle(db, id);
  if (!article) throw new AppError('NOT_FOUND', `Article ${id} not found.`);
  return article;
}
