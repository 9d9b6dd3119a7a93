import { resolve } from 'node:path';
import { type Annotations, DataFileError } from '@dispatch/core';
import { loadSourceData, type SourceArticle } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus.js';
import { curateExtraction } from './curate-extraction.js';

const repoData = resolve(import.meta.dirname, '../../../data');

describe('curation in the compiled corpus', () => {
  const corpus = compileCorpus(loadSourceData(repoData));
  const seed = corpus.articles.find((a) => a.id === 'putin-witkoff-talks')!;

  it("applies the seed's curation file over extraction and marks what the editor changed", () => {
    const his = seed.mentions.find((m) => m.span.start === seed.text.indexOf('his Truth Social platform'));
    expect(his).toMatchObject({ entityId: 'donald-trump', source: 'curation' });
    const basilica = seed.mentions.find((m) => m.text === 'the basilica');
    expect(basilica).toMatchObject({ entityId: 'st-peters-basilica', type: 'LOC', source: 'curation' });
    expect(seed.mentions.some((m) => m.text === 'X.')).toBe(false);
    expect(seed.mentions.find((m) => m.text === 'X')).toMatchObject({ entityId: 'x', source: 'curation' });
    const meeting = seed.events.find((e) => e.label === 'Vladimir Putin meets Steve Witkoff');
    expect(meeting?.source).toBe('curation');
    expect(meeting?.participants).toContainEqual({ entityId: 'vladimir-putin', role: 'host' });
    expect(seed.notes?.map((n) => n.text)).toEqual([
      'The Putin-Witkoff came',
      'a top Russian general was killed in a car bomb attack outside Moscow',
    ]);
    // Facts no editor touched keep their provenance.
    expect(seed.mentions.find((m) => m.text === 'Dmitry Peskov')?.source).toBe('extraction');
  });

  it('records every entry with its line and whether extraction alone agrees', () => {
    expect(seed.curation?.map((o) => [o.index, o.action, o.line])).toEqual([
      [0, 'link-mention', 6],
      [1, 'remove', 11],
      [2, 'link-mention', 16],
      [3, 'add-mention', 20],
      [4, 'edit-event', 26],
      [5, 'note', 34],
      [6, 'note', 38],
    ]);
    expect(seed.curation?.every((o) => ['agrees', 'differs', 'not-applicable'].includes(o.agreement))).toBe(
      true,
    );
  });
});

describe('curateExtraction', () => {
  const text = 'Ann Lee met Bo Park.';
  const empty: Annotations = {
    structure: { dateline: null, credit: null, sections: [] },
    mentions: [],
    quotes: [],
    times: [],
    events: [],
  };
  const source = (curation: string): SourceArticle => ({
    article: { id: 'a', headline: 'H', filed: '2025-01-01', language: 'en', text, sha256: '0'.repeat(64) },
    curation: { file: 'data/articles/a/curation.yaml', source: curation },
  });
  const kb = [{ id: 'ann-lee', kind: 'PERSON' as const, name: 'Ann Lee', aliases: [], roles: [] }];

  it('passes extraction through untouched when there is no curation file', () => {
    const extraction = { annotations: empty, entities: [] };
    expect(curateExtraction({ ...source(''), curation: null }, extraction, kb)).toBe(extraction);
  });

  it('lets entries name entities the extraction discovered', () => {
    const park = {
      id: 'bo-park',
      kind: 'PERSON' as const,
      name: 'Bo Park',
      aliases: [],
      roles: [],
      source: 'extraction' as const,
    };
    const out = curateExtraction(
      source('entries:\n  - action: link-mention\n    at: { exact: Bo Park }\n    entity: bo-park\n'),
      { annotations: empty, entities: [park] },
      kb,
    );
    expect(out.annotations.mentions).toMatchObject([
      { text: 'Bo Park', entityId: 'bo-park', source: 'curation' },
    ]);
  });

  it('stops the build when an entry no longer matches the text', () => {
    const run = () =>
      curateExtraction(
        source(
          'entries:\n  - action: note\n    at: { exact: Lee met Bo }\n    note: ok\n  - action: note\n    at: { exact: Jo Kim }\n    note: gone\n',
        ),
        { annotations: empty, entities: [] },
        kb,
      );
    expect(run).toThrow(DataFileError);
    expect(run).toThrow(
      'data/articles/a/curation.yaml:5: entries[1] (note): the words "Jo Kim" are not in the text',
    );
  });
});
