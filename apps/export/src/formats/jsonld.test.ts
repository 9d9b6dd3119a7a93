import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { offlineDocumentLoader } from '../document-loader.js';
import { briefArticle, exportCorpus, summitArticle } from '../testing/fixtures.js';
import { jsonLdOfArticle } from './jsonld.js';

// biome-ignore lint/suspicious/noExplicitAny: documents read back in a test are checked by assertions, not types
type Json = any;

const SCHEMA = 'http://schema.org/';
const context = () => {
  const corpus = exportCorpus();
  return {
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    entityById: new Map(corpus.entities.map((e) => [e.id, e])),
  };
};

type Expanded = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };
const expand = (doc: unknown) =>
  jsonld.expand(doc, { documentLoader: offlineDocumentLoader, safe: true }) as Promise<Expanded[]>;
const values = (node: Expanded, property: string) =>
  ((node[SCHEMA + property] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map(
    (v) => v['@value'] ?? v['@id'],
  );

describe('jsonld format', () => {
  it('expands without error offline (safe mode: no term dropped) into a NewsArticle and its Quotations', async () => {
    const nodes = await expand(jsonLdOfArticle(summitArticle(), context()));
    const article = nodes.find((n) => n['@type']?.includes(`${SCHEMA}NewsArticle`))!;
    expect(article['@id']).toBe('urn:dispatch:article:summit-talks');
    expect(values(article, 'headline')).toEqual(['Putin meets Witkoff in Moscow']);
    expect(values(article, 'datePublished')).toEqual(['2025-04-26']);
    expect(values(article, 'articleBody')).toEqual([summitArticle().text]);
    const quotations = nodes.filter((n) => n['@type']?.includes(`${SCHEMA}Quotation`));
    expect(quotations.map((q) => values(q, 'text')[0])).toEqual([
      'The talks were constructive,',
      'nothing new',
      'Stop!',
    ]);
    for (const quote of quotations) expect(values(quote, 'isPartOf')).toEqual([article['@id']]);
  });

  it('puts what the headline names under about, other entities under mentions, with Wikidata sameAs', () => {
    const doc = jsonLdOfArticle(summitArticle(), context()) as { '@graph': Json[] };
    const article = doc['@graph'][0]!;
    // The headline "Putin meets Witkoff in Moscow" names Putin, Witkoff and Moscow.
    expect(article.about.map((e: { name: string }) => e.name)).toEqual([
      'Moscow',
      'Vladimir Putin',
      'Steve Witkoff',
    ]);
    expect(article.mentions.map((e: { '@type': string; name: string }) => `${e['@type']} ${e.name}`)).toEqual(
      ['Organization Kremlin', 'Person Dmitry Peskov', 'Person Volodymyr Zelensky', 'Person Donald Trump'],
    );
    const putin = article.about.find((e: { name: string }) => e.name === 'Vladimir Putin');
    expect(putin.sameAs).toBe('https://www.wikidata.org/wiki/Q7747');
    expect(article.about[0]).toMatchObject({ '@type': 'Place' });
    expect(article.mentions[0]).not.toHaveProperty('sameAs'); // no Wikidata id for the Kremlin in the fixture
    expect(article.contentLocation).toMatchObject({
      '@type': 'Place',
      name: 'Moscow',
      sameAs: 'https://www.wikidata.org/wiki/Q649',
    });
  });

  it('credits quotations to known speakers by id and to described ones by description', () => {
    const doc = jsonLdOfArticle(summitArticle(), context()) as { '@graph': Json[] };
    const [, peskov, aide, trump] = doc['@graph'];
    expect(peskov!.creator).toEqual({
      '@type': 'Person',
      '@id': 'urn:dispatch:entity:dmitry-peskov',
      name: 'Dmitry Peskov',
    });
    expect(aide!.creator).toEqual({ '@type': 'Person', description: 'an aide to Zelensky' });
    expect(trump!['@id']).toBe('urn:dispatch:article:summit-talks#q-250-255');
  });

  it('gives an article without a dateline no contentLocation, and keeps its author and url', async () => {
    const doc = jsonLdOfArticle(briefArticle(), context()) as { '@graph': Json[] };
    const article = doc['@graph'][0]!;
    expect(article).not.toHaveProperty('contentLocation');
    expect(article.author).toEqual({ '@type': 'Person', name: 'A. Reporter' });
    const expanded = await expand(doc);
    expect(values(expanded[0]!, 'url')).toEqual(['https://example.org/news/trump-in-rome']);
  });

  it('the offline loader refuses any context it does not ship (so nothing is fetched)', async () => {
    await expect(offlineDocumentLoader('https://example.org/context.jsonld')).rejects.toThrow(
      /no shipped copy/,
    );
    await expect(expand({ '@context': 'https://example.org/ctx', name: 'x' })).rejects.toThrow();
  });
});
