import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { AnnotatedArticleSchema, CorpusSchema } from './corpus.js';
import { jsonSchemas } from './json-schema.js';

describe('AnnotatedArticleSchema', () => {
  it('accepts an article whose spans all lie inside its text', () => {
    expect(AnnotatedArticleSchema.safeParse(fixtureArticle()).success).toBe(true);
  });

  it('refuses a span that runs past the end of the text, naming where', () => {
    const article = fixtureArticle();
    const bad = { ...article.mentions[0]!, span: { start: 90, end: article.text.length + 5 } };
    const result = AnnotatedArticleSchema.safeParse({ ...article, mentions: [bad] });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['mentions', 0, 'span']);
    expect(issue.message).toContain('outside the text');
  });

  it('refuses a span whose end comes before its start', () => {
    const article = fixtureArticle();
    const bad = { ...article.times[0]!, span: { start: 10, end: 5 } };
    expect(AnnotatedArticleSchema.safeParse({ ...article, times: [bad] }).success).toBe(false);
  });

  it('refuses a recorded surface that is not what the span covers', () => {
    const article = fixtureArticle();
    const bad = { ...article.mentions[1]!, text: 'Ada Byron' };
    const result = AnnotatedArticleSchema.safeParse({ ...article, mentions: [bad] });
    expect(result.error?.issues[0]?.message).toContain('"Ada Lovelace"');
  });
});

describe('CorpusSchema', () => {
  it('refuses a mention of an entity the corpus does not have', () => {
    const article = fixtureArticle();
    const orphan = { ...article.mentions[1]!, entityId: 'nobody' };
    const result = CorpusSchema.safeParse(fixtureCorpus([{ ...article, mentions: [orphan] }]));
    expect(result.error?.issues[0]?.message).toBe('unknown entity "nobody"');
  });
});

describe('jsonSchemas', () => {
  it('generates draft 2020-12 schemas with descriptions from the zod schemas', () => {
    const schemas = jsonSchemas();
    expect(schemas.corpus.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const quoteProps = schemas.quote.properties as Record<string, { description?: string }>;
    expect(quoteProps.span?.description).toMatch(/inside the quotation marks/);
    expect(Object.keys(schemas)).toEqual([
      'corpus',
      'article',
      'entity',
      'mention',
      'quote',
      'time',
      'event',
    ]);
  });
});
