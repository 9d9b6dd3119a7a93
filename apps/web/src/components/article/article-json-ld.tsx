import type { AnnotatedArticle, Entity } from '@dispatch/core';

/** schema.org NewsArticle for one story: what search engines and feed readers understand of it. */
export function newsArticleJsonLd(article: AnnotatedArticle, mentioned: readonly Entity[]) {
  const thing = (entity: Entity) => ({
    '@type': entity.kind === 'PERSON' ? 'Person' : entity.kind === 'ORG' ? 'Organization' : 'Place',
    name: entity.name,
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
  });
  const dateline = article.dateline ?? article.structure.dateline?.text;
  const credit = article.credit ?? article.structure.credit?.text;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: article.filed,
    inLanguage: article.language,
    ...(dateline ? { dateline } : {}),
    ...(credit ? { creditText: credit } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(article.url ? { url: article.url } : {}),
    wordCount: article.text.split(/\s+/).filter(Boolean).length,
    mentions: mentioned.map(thing),
  };
}

/**
 * JSON-LD is data, not script: the browser never runs it, so the Content-Security-Policy does not need
 * to allow it. `<` is escaped so no string in the data can close the element early.
 */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  // The one raw-HTML sink of the site: JSON with `<` escaped (React would entity-encode a text child).
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
