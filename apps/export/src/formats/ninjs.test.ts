import { describe, expect, it } from 'vitest';
import { briefArticle, exportCorpus, summitArticle } from '../testing/fixtures.js';
import { ninjsExample, ninjsValidator } from '../testing/validators.js';
import { ninjsOfArticle } from './ninjs.js';

// biome-ignore lint/suspicious/noExplicitAny: documents read back in a test are checked by assertions, not types
type Json = any;

const context = () => {
  const corpus = exportCorpus();
  return {
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    entityById: new Map(corpus.entities.map((e) => [e.id, e])),
  };
};

describe('ninjs format', () => {
  const validate = ninjsValidator();

  it("accepts IPTC's own examples (the validator is set up right)", () => {
    for (const name of ['004_simple_text_article.json', '005_complex_text_article.json']) {
      expect(validate(ninjsExample(name)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("is valid against IPTC's official ninjs 3.1 schema", () => {
    for (const article of [summitArticle(), briefArticle()]) {
      const item = ninjsOfArticle(article, context());
      expect(validate(item), `${article.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the schema rejects a malformed item (so the check above can fail)', () => {
    const item = { ...ninjsOfArticle(summitArticle(), context()), headlines: [{ role: 'main' }] };
    expect(validate(item)).toBe(false);
    const noUri: Record<string, unknown> = { ...ninjsOfArticle(summitArticle(), context()) };
    delete noUri.uri;
    expect(validate(noUri)).toBe(false);
  });

  it('carries headline, body, people, organisations, places, located, by, language and dates', () => {
    const item = ninjsOfArticle(summitArticle(), context()) as Json;
    expect(item.uri).toBe('urn:dispatch:article:summit-talks');
    expect(item.headlines).toEqual([{ role: 'main', value: 'Putin meets Witkoff in Moscow' }]);
    expect(item.bodies[0]).toMatchObject({
      role: 'main',
      contentType: 'text/plain',
      value: summitArticle().text,
    });
    // The dove emoji is one character of the 255 code points (256 UTF-16 units).
    expect(summitArticle().text.length).toBe(256);
    expect(item.bodies[0].charCount).toBe(255);
    expect(item.people).toEqual([
      {
        name: 'Vladimir Putin',
        rel: 'about',
        uri: 'http://www.wikidata.org/entity/Q7747',
        literal: 'vladimir-putin',
      },
      { name: 'Steve Witkoff', rel: 'about', literal: 'steve-witkoff' },
      { name: 'Dmitry Peskov', rel: 'mentions', literal: 'dmitry-peskov' },
      {
        name: 'Volodymyr Zelensky',
        rel: 'mentions',
        uri: 'http://www.wikidata.org/entity/Q3874799',
        literal: 'volodymyr-zelensky',
      },
      {
        name: 'Donald Trump',
        rel: 'mentions',
        uri: 'http://www.wikidata.org/entity/Q22686',
        literal: 'donald-trump',
      },
    ]);
    expect(item.organisations).toEqual([{ name: 'Kremlin', rel: 'mentions', literal: 'kremlin' }]);
    expect(item.places).toEqual([
      { name: 'Moscow', rel: 'about', uri: 'http://www.wikidata.org/entity/Q649', literal: 'moscow' },
    ]);
    expect(item.located).toBe('Moscow');
    expect(item.by).toBe('Agencies');
    expect(item.language).toBe('en');
    expect(item.firstCreated).toBe('2025-04-26T00:00:00Z');
    expect(item.versionCreated).toBe('2025-04-26T00:00:00Z');
  });

  it('prefers the byline for `by` and omits what the article does not have', () => {
    const item = ninjsOfArticle(briefArticle(), context()) as Json;
    expect(item.by).toBe('A. Reporter');
    expect(item).not.toHaveProperty('located');
    expect(item).not.toHaveProperty('organisations');
    expect(item.renditions).toEqual([{ name: 'original', href: 'https://example.org/news/trump-in-rome' }]);
  });
});
