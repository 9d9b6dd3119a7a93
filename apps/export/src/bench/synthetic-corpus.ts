import type { AnnotatedArticle, Corpus } from '@dispatch/core';
import type { ExportInput } from '../validate.js';

/**
 * A corpus of `count` articles made by cloning the seed corpus's articles under new ids. Articles are
 * made one at a time as the export asks for them (the clones share their text and annotations), so
 * the generator itself holds no memory: what the bench measures is the export's own.
 */
export function syntheticCorpus(seed: Corpus, count: number): ExportInput {
  if (seed.articles.length === 0) throw new Error('the seed corpus has no articles to clone');
  function* articles(): Generator<AnnotatedArticle> {
    for (let i = 0; i < count; i++) {
      const article = seed.articles[i % seed.articles.length]!;
      yield { ...article, id: `${article.id}-${i}` };
    }
  }
  return { schemaVersion: seed.schemaVersion, entities: seed.entities, articles: articles() };
}
