import { IngestForm } from './ingest-form';

export default function NewArticlePage() {
  return (
    <>
      <h1>Add an article</h1>
      <IngestForm />
    </>
  );
}
