import { entitiesOfArticle, getArticle, listArticles } from '@dispatch/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleAside } from '../../../src/components/article/article-aside';
import { ArticleBody } from '../../../src/components/article/article-body';
import { ArticleHeader } from '../../../src/components/article/article-header';
import { JsonLd, newsArticleJsonLd } from '../../../src/components/article/article-json-ld';
import { MarkLegend } from '../../../src/components/article/mark-legend';
import { articlePeople, articleQuoteGroups, timelineRows } from '../../../src/data/article-view';
import { corpusIndex } from '../../../src/data/corpus';

type Params = { slug: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return listArticles(await corpusIndex()).map((article) => ({ slug: article.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = getArticle(await corpusIndex(), (await params).slug);
  if (!article) return {};
  const people = entitiesOfArticle(await corpusIndex(), article, 'PERSON').map((p) => p.name);
  return {
    title: article.headline,
    description: `${article.dateline ?? 'Story'}, ${article.filed}: the story with ${people.slice(0, 4).join(', ')}, their quotes and its timeline.`,
  };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const index = await corpusIndex();
  const article = getArticle(index, (await params).slug);
  if (!article) notFound();
  return (
    <div className="reader">
      <article className="reader-main">
        <ArticleHeader article={article} />
        <MarkLegend />
        <ArticleBody article={article} entities={index.entityById} />
      </article>
      <ArticleAside
        people={articlePeople(index, article)}
        quoteGroups={articleQuoteGroups(index, article)}
        timeline={timelineRows(index, article.id)}
      />
      <JsonLd data={newsArticleJsonLd(article, entitiesOfArticle(index, article))} />
      {/* Escape dismisses the hover notes (WCAG 1.4.13); a plain file, allowed by script-src 'self'. */}
      <script src="/notes.js" defer />
    </div>
  );
}
