import { z } from 'zod';
import { IsoDateSchema, SlugSchema } from './ids.js';

/** What an editor writes beside `article.txt`: everything about the story that is not its text. */
export const ArticleMetaSchema = z
  .object({
    headline: z
      .string()
      .min(1)
      .describe('The headline shown to readers (written by an editor when the wire has none).'),
    filed: IsoDateSchema.describe(
      'The date the story was filed; relative dates in the text resolve against it.',
    ),
    dateline: z
      .string()
      .min(1)
      .optional()
      .describe('The place the story was filed from, as a name ("Moscow").'),
    credit: z.string().min(1).optional().describe('Who supplied the story ("Agencies", "Reuters").'),
    byline: z.string().min(1).optional().describe('The author, when the story names one.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a BCP 47 language tag such as "en" or "en-GB"')
      .default('en')
      .describe('BCP 47 language tag of the text.'),
    url: z.url().optional().describe('Where the story was first published, if known.'),
  })
  .strict()
  .describe('Editorial metadata of one article.');
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ArticleSchema = ArticleMetaSchema.extend({
  id: SlugSchema.describe('Stable article id: the name of its folder under data/articles.'),
  text: z.string().describe('The story exactly as filed, byte for byte; every span points into it.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex sha256')
    .describe('SHA-256 of the UTF-8 text, so consumers can tell the text is the one the spans point into.'),
}).describe('An article: its metadata and verbatim text.');
export type Article = z.infer<typeof ArticleSchema>;
