import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../../testing/fixture-corpus';
import { JsonLd, newsArticleJsonLd } from './article-json-ld';

describe('newsArticleJsonLd', () => {
  it('describes the story as a schema.org NewsArticle with what it mentions', () => {
    const data = newsArticleJsonLd(fixtureArticle(), fixtureCorpus().entities);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Lovelace meets Babbage',
      datePublished: '2025-04-26',
      dateline: 'Paris',
      creditText: 'Agencies',
    });
    expect(data.mentions[0]).toEqual({
      '@type': 'Person',
      name: 'Ada Lovelace',
      sameAs: 'https://www.wikidata.org/wiki/Q7259',
    });
    expect(data.mentions.map((m) => m['@type'])).toEqual([
      'Person',
      'Person',
      'Place',
      'Place',
      'Organization',
    ]);
  });
});

describe('JsonLd', () => {
  it('cannot be closed early by a string in the data', () => {
    const html = renderToStaticMarkup(<JsonLd data={{ headline: '</script><script>alert(1)</script>' }} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>');
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
