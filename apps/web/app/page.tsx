import { listArticles } from '@dispatch/core';
import { ArticleList } from '../src/components/article/article-list';
import { corpusIndex } from '../src/data/corpus';

export default async function HomePage() {
  const articles = listArticles(await corpusIndex());
  return (
    <>
      <h1>Stories</h1>
      <p className="muted">Newest first. Open a story to see who is in it, who said what, and when.</p>
      <ArticleList articles={articles} />
    </>
  );
}
