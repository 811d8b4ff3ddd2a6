import { requirePagePermission } from '../../../../server/session';
import { IngestForm } from './ingest-form';

export const dynamic = 'force-dynamic';

export default async function NewArticlePage() {
  await requirePagePermission('article:ingest');
  return (
    <>
      <h1>Add an article</h1>
      <IngestForm />
    </>
  );
}
