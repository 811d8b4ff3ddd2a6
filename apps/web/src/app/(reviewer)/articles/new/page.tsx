import { requirePagePermission } from '../../../../server/session';
import { AddArticle } from './add-article';

export const dynamic = 'force-dynamic';

export default async function NewArticlePage() {
  await requirePagePermission('article:ingest');
  return (
    <>
      <h1>Add an article</h1>
      <AddArticle />
    </>
  );
}
