import { AddArticle } from './add-article';

export default function NewArticlePage() {
  return (
    <>
      <h1>Add an article</h1>
      <AddArticle />
    </>
  );
}
