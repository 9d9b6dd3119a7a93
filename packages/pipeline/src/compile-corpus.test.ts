import { resolve } from 'node:path';
import { type Annotations, type Entity, findSpanIssues } from '@dispatch/core';
import { loadSourceData, type SourceData } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { CorpusValidationError, compileCorpus, type ExtractFn } from './compile-corpus.js';

const repoData = resolve(import.meta.dirname, '../../../data');

const source = (text: string): SourceData => ({
  dataDir: '/nowhere',
  knowledgeBase: { entities: [{ id: 'paris', kind: 'LOC', name: 'Paris', aliases: [], roles: [] }] },
  articles: [
    {
      article: { id: 'a', headline: 'H', filed: '2025-01-01', language: 'en', text, sha256: '0'.repeat(64) },
      curation: null,
    },
  ],
});

const empty: Annotations = {
  structure: { dateline: null, credit: null, sections: [] },
  mentions: [],
  quotes: [],
  times: [],
  events: [],
};

const mentionOf = (text: string, surface: string, entityId: string) => {
  const start = text.indexOf(surface);
  return {
    id: `m-${start}`,
    span: { start, end: start + surface.length },
    text: surface,
    type: 'LOC' as const,
    form: 'name' as const,
    entityId,
    role: null,
    source: 'extraction' as const,
  };
};

describe('compileCorpus', () => {
  it('keeps curated and discovered entities that the text refers to, and no others', () => {
    const text = 'Paris and Lyon.';
    const lyon: Entity = {
      id: 'lyon',
      kind: 'LOC',
      name: 'Lyon',
      aliases: [],
      roles: [],
      source: 'extraction',
    };
    const unused: Entity = { ...lyon, id: 'nantes', name: 'Nantes' };
    const extract: ExtractFn = () => ({
      annotations: {
        ...empty,
        mentions: [mentionOf(text, 'Paris', 'paris'), mentionOf(text, 'Lyon', 'lyon')],
      },
      entities: [lyon, unused],
    });
    const corpus = compileCorpus(source(text), extract);
    expect(corpus.entities.map((e) => [e.id, e.source])).toEqual([
      ['lyon', 'extraction'],
      ['paris', 'knowledge-base'],
    ]);
  });

  it('stops with the article and field when extraction produces a span outside the text', () => {
    const text = 'Paris.';
    const bad = { ...mentionOf(text, 'Paris', 'paris'), span: { start: 2, end: 40 } };
    const extract: ExtractFn = () => ({ annotations: { ...empty, mentions: [bad] }, entities: [] });
    expect(() => compileCorpus(source(text), extract)).toThrow(CorpusValidationError);
    expect(() => compileCorpus(source(text), extract)).toThrow(
      /article "a" mentions\.0\.span: .*outside the text/,
    );
  });

  it('compiles the real data with the real extractor into a valid corpus', () => {
    const corpus = compileCorpus(loadSourceData(repoData));
    const seed = corpus.articles.find((a) => a.id === 'putin-witkoff-talks')!;
    expect(findSpanIssues(seed.text, seed)).toEqual([]);
    const putin = seed.mentions.filter((m) => m.entityId === 'vladimir-putin');
    // the seed names Putin nine times: "Vladimir Putin" twice and "Putin" seven times (counted by hand)
    expect(putin.filter((m) => m.form === 'name').length).toBe(9);
    expect(seed.structure.sections.map((s) => s.subhead?.text ?? null)).toEqual([
      null,
      'Trump, Zelensky discuss Ukraine ceasefire',
      'Blame game',
    ]);
    expect(corpus.entities.some((e) => e.id === 'donald-trump')).toBe(true);
  });
});
