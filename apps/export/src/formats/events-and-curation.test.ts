import type { AnnotatedArticle, CurationOutcome } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { exportCorpus, summitArticle } from '../testing/fixtures.js';
import { ninjsValidator } from '../testing/validators.js';
import { curationReportFormat } from './curation-report.js';
import type { ExportTarget } from './format.js';
import { jsonLdOfArticle } from './jsonld.js';
import { ninjsOfArticle } from './ninjs.js';

const context = () => {
  const corpus = exportCorpus();
  return {
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    entityById: new Map(corpus.entities.map((e) => [e.id, e])),
  };
};

describe('events in the linked-data formats', () => {
  const article = summitArticle();
  const event = article.events[0]!;

  it('lists events in ninjs 3.1 `events` (references), still valid against the IPTC schema', () => {
    const item = ninjsOfArticle(article, context());
    expect(item.events).toEqual([
      {
        id: event.id,
        name: 'Putin meets Witkoff',
        rel: 'mentions',
        uri: `urn:dispatch:article:${article.id}#${event.id}`,
        literal: 'meeting',
      },
    ]);
    const validate = ninjsValidator();
    expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes each event as a schema.org Event with date, place, attendees and the article it is told in', () => {
    const graph = jsonLdOfArticle(article, context())['@graph'] as Record<string, unknown>[];
    expect(graph.find((node) => node['@type'] === 'Event')).toEqual({
      '@type': 'Event',
      '@id': `urn:dispatch:article:${article.id}#${event.id}`,
      name: 'Putin meets Witkoff',
      additionalType: 'meeting',
      startDate: '2025-04-25',
      location: { '@type': 'Place', '@id': 'urn:dispatch:entity:moscow', name: 'Moscow' },
      attendee: [
        { '@type': 'Person', '@id': 'urn:dispatch:entity:vladimir-putin', name: 'Vladimir Putin' },
        { '@type': 'Person', '@id': 'urn:dispatch:entity:steve-witkoff', name: 'Steve Witkoff' },
      ],
      description: 'constructive',
      subjectOf: { '@id': `urn:dispatch:article:${article.id}` },
    });
  });

  it('leaves out dates schema.org cannot express (ISO weeks)', () => {
    const weekly: AnnotatedArticle = {
      ...article,
      events: [{ ...event, time: { value: '2025-W16', timeId: null } }],
    };
    const graph = jsonLdOfArticle(weekly, context())['@graph'] as Record<string, unknown>[];
    expect(graph.find((node) => node['@type'] === 'Event')).not.toHaveProperty('startDate');
  });
});

describe('curation-report format', () => {
  const outcome = (index: number, agreement: CurationOutcome['agreement']): CurationOutcome => ({
    file: 'data/articles/a/curation.yaml',
    index,
    line: 3 + index * 4,
    action: 'link-mention',
    span: { start: 0, end: 3 },
    text: 'Ann',
    agreement,
    detail: 'extraction finds a PERSON mention linked to ann',
  });

  const written: Record<string, unknown> = {};
  const target: ExportTarget = {
    writeJson: (path, value) => {
      written[path] = value;
    },
    openStream: () => {
      throw new Error('not used');
    },
  };

  it('lists every entry of every article with whether extraction agrees, and counts them', () => {
    const writer = curationReportFormat.open(target, context());
    writer.article({ ...summitArticle(), id: 'a', curation: [outcome(0, 'agrees'), outcome(1, 'differs')] });
    writer.article({ ...summitArticle(), id: 'b' });
    writer.article({ ...summitArticle(), id: 'c', curation: [outcome(0, 'not-applicable')] });
    writer.end();
    const report = written['curation-report/curation-report.json'] as Record<string, unknown>;
    expect(report).toMatchObject({ entries: 3, agrees: 1, differs: 1, notApplicable: 1 });
    expect(
      (report.rows as { articleId: string; index: number; line: number }[]).map((r) => [
        r.articleId,
        r.index,
        r.line,
      ]),
    ).toEqual([
      ['a', 0, 3],
      ['a', 1, 7],
      ['c', 0, 3],
    ]);
  });
});
