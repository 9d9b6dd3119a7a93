import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { offlineDocumentLoader } from '../document-loader.js';
import { DOVE, exportCorpus, summitArticle } from '../testing/fixtures.js';
import { annotationsOfArticle, selectorsFor } from './annotations.js';

// biome-ignore lint/suspicious/noExplicitAny: documents read back in a test are checked by assertions, not types
type Json = any;

const OA = 'http://www.w3.org/ns/oa#';
const context = () => {
  const corpus = exportCorpus();
  return {
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    entityById: new Map(corpus.entities.map((e) => [e.id, e])),
  };
};

type Annotation = {
  id: string;
  motivation: string;
  body: Record<string, string>[];
  target: { source: string; selector: Record<string, string | number>[] };
};
const itemsOf = (doc: Json): Annotation[] => doc.first.items;

describe('annotations format', () => {
  it('gives TextPositionSelector offsets in code points: the mention after an emoji moves back by one', () => {
    const article = summitArticle();
    const items = itemsOf(annotationsOfArticle(article, context()));
    const putin = items.find((a) => a.id.endsWith('#m-11-25'))!;
    // "MOSCOW: " is 8 units, the dove 2 units but 1 code point, then a space: "Vladimir" starts at
    // UTF-16 index 11 and code point 10 (counted by hand).
    expect(article.text.slice(11, 25)).toBe('Vladimir Putin');
    expect(putin.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 10, end: 24 });
    expect(Array.from(article.text).slice(10, 24).join('')).toBe('Vladimir Putin');
    // Before the emoji nothing shifts.
    const moscow = items.find((a) => a.id.endsWith('#m-0-6'))!;
    expect(moscow.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 6 });
  });

  it('every position selector points at its exact text when the text is counted in code points', () => {
    const article = summitArticle();
    const codePoints = Array.from(article.text);
    for (const item of itemsOf(annotationsOfArticle(article, context()))) {
      const [quote, position] = item.target.selector as [Record<string, string>, Record<string, number>];
      expect(codePoints.slice(position.start, position.end).join(''), item.id).toBe(quote.exact);
    }
  });

  it('gives TextQuoteSelector prefix and suffix around the exact words', () => {
    const items = itemsOf(annotationsOfArticle(summitArticle(), context()));
    const putin = items.find((a) => a.id.endsWith('#m-11-25'))!;
    expect(putin.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Vladimir Putin',
      prefix: `MOSCOW: ${DOVE} `,
      // 32 UTF-16 units after the mention, counted by hand: " met Steve Witkoff at the Kremli".
      suffix: ' met Steve Witkoff at the Kremli',
    });
    const moscow = items.find((a) => a.id.endsWith('#m-0-6'))!;
    expect(moscow.target.selector[0]).not.toHaveProperty('prefix');
  });

  it('never splits a surrogate pair at the edge of a prefix', () => {
    const text = summitArticle().text;
    // The dove's two units sit at 8 and 9; 32 units before index 41 is 9, inside the pair: the prefix
    // starts after the dove instead.
    expect(text.charCodeAt(9)).toBe(0xdd4a);
    const [quote] = selectorsFor(text, { start: 41, end: 43 }, (i) => i);
    expect(quote!.prefix).toBe(' Vladimir Putin met Steve Witko');
  });

  it('identifies linked mentions by entity and Wikidata, tags unlinked ones, and describes quotes', () => {
    const items = itemsOf(annotationsOfArticle(summitArticle(), context()));
    const putin = items.find((a) => a.id.endsWith('#m-11-25'))!;
    expect(putin.motivation).toBe('identifying');
    expect(putin.body).toEqual([
      { type: 'SpecificResource', source: 'urn:dispatch:entity:vladimir-putin', purpose: 'identifying' },
      { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q7747', purpose: 'identifying' },
      { type: 'TextualBody', purpose: 'tagging', value: 'PERSON' },
    ]);
    const he = items.find((a) => a.id.endsWith('#m-211-213'))!;
    expect(he.motivation).toBe('tagging');
    const aide = items.find((a) => a.id.endsWith('#q-191-202'))!;
    expect(aide.body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: 'Partial quotation by an aide to Zelensky',
    });
  });

  it('orders annotations by position, an enclosing quote before the mentions inside it', () => {
    const ids = itemsOf(annotationsOfArticle(summitArticle(), context())).map((a) => a.id.split('#')[1]);
    expect(ids.slice(0, 6)).toEqual(['m-0-6', 'm-11-25', 'm-30-43', 'm-51-58', 'q-71-99', 'm-101-108']);
    expect(ids).toHaveLength(12);
  });

  it('expands offline with the shipped W3C context in safe mode (every term defined)', async () => {
    const doc = annotationsOfArticle(summitArticle(), context());
    const [collection] = await jsonld.expand(doc, { documentLoader: offlineDocumentLoader, safe: true });
    expect(collection!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = (collection!['http://www.w3.org/ns/activitystreams#first'] as Json[])[0]!;
    const first = page['http://www.w3.org/ns/activitystreams#items'][0]['@list'][0];
    expect(first['@type']).toEqual([`${OA}Annotation`]);
    expect(first[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}identifying` }]);
    const selector = first[`${OA}hasTarget`][0][`${OA}hasSelector`];
    expect(selector[1][`${OA}start`][0]).toEqual({
      '@value': 0,
      '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger',
    });
  });
});
