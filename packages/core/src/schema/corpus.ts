import { z } from 'zod';
import { AnnotationsSchema } from './annotations.js';
import { ArticleSchema } from './article.js';
import { addSpanIssues } from './check-spans.js';
import { EntitySchema } from './entity.js';

/** Bumped whenever a published record changes shape, so consumers can tell. */
export const SCHEMA_VERSION = '1.0.0';

export const AnnotatedArticleSchema = ArticleSchema.extend(AnnotationsSchema.shape)
  .superRefine((article, ctx) => addSpanIssues(article.text, article, ctx))
  .describe('An article with everything found in its text.');
export type AnnotatedArticle = z.infer<typeof AnnotatedArticleSchema>;

export const CorpusSchema = z
  .object({
    schemaVersion: z.string().describe('Version of the Dispatch data schema this document follows.'),
    entities: z.array(EntitySchema).describe('Every entity mentioned in the corpus, sorted by id.'),
    articles: z.array(AnnotatedArticleSchema).describe('Every article, newest first.'),
  })
  .superRefine((corpus, ctx) => {
    const known = new Set(corpus.entities.map((entity) => entity.id));
    corpus.articles.forEach((article, a) => {
      article.mentions.forEach((mention, m) => {
        if (mention.entityId !== null && !known.has(mention.entityId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['articles', a, 'mentions', m, 'entityId'],
            message: `unknown entity "${mention.entityId}"`,
          });
        }
      });
      article.quotes.forEach((quote, q) => {
        const speakerId = quote.speaker?.entityId;
        if (speakerId && !known.has(speakerId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['articles', a, 'quotes', q, 'speaker', 'entityId'],
            message: `unknown entity "${speakerId}"`,
          });
        }
      });
    });
  })
  .describe('A Dispatch corpus: articles with their annotations, and the entities they mention.');
export type Corpus = z.infer<typeof CorpusSchema>;
