import { countArticles, ensureVerdictScale, type DbClient } from '@claimledger/db';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { ingestArticle } from '../article/ingest-article';
import { DEMO_ARTICLES } from './demo-articles';

/** Loads the demo articles and the default verdict scale into an empty database. */
export async function seedDemoData(db: DbClient): Promise<{ seeded: boolean; articles: number }> {
  await ensureVerdictScale(db, DEFAULT_VERDICT_SCALE);
  if ((await countArticles(db)) > 0) return { seeded: false, articles: 0 };
  for (const article of DEMO_ARTICLES) await ingestArticle(db, article);
  return { seeded: true, articles: DEMO_ARTICLES.length };
}
