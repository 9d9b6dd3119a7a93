import { describe, expect, it } from 'vitest';
import { articleRecord, readArticleRecord } from './article-records.js';

const article = {
  headline: 'Ada in “Paris”',
  filed: '2025-01-02',
  language: 'en',
  id: 'ada',
  text: 'Ada Lovelace in “Paris”.',
  sha256: 'a'.repeat(64),
  structure: { dateline: null, credit: null, sections: [] },
  mentions: [{ id: 'm-0', span: { start: 0, end: 12 } }],
  quotes: [],
  times: [],
  events: [],
  notes: [{ id: 'n-1' }],
} as unknown as Parameters<typeof articleRecord>[0];

describe('article records', () => {
  it('are the article as JSON, own fields first, read back equal and in the same key order', () => {
    const record = articleRecord(article);
    expect(JSON.parse(record.json)).toEqual(article);
    const bytes = Buffer.from(record.json);
    // The head ends where the annotations begin, counted in bytes (the text has multi-byte quotes).
    expect(bytes.toString('utf8', record.headBytes, record.headBytes + 13)).toBe(',"structure":');
    const read = readArticleRecord(bytes, record);
    expect(read).toEqual(article);
    expect(JSON.stringify(read)).toBe(JSON.stringify(article));
    expect(Object.keys(read)).toEqual(Object.keys(article));
  });

  it('parse the structure, then the other annotations, only when first read, then keep plain properties', () => {
    const record = articleRecord(article);
    const bytes = Buffer.from(record.json);
    expect(bytes.toString('utf8', record.structureBytes, record.structureBytes + 12)).toBe(',"mentions":');
    const read = readArticleRecord(bytes, record);
    const isGetter = (key: string) => typeof Object.getOwnPropertyDescriptor(read, key)?.get === 'function';
    expect(read.text).toBe(article.text);
    expect(['structure', 'mentions', 'notes'].map(isGetter)).toEqual([true, true, true]);
    expect(read.structure).toEqual(article.structure);
    expect(['structure', 'mentions', 'notes'].map(isGetter)).toEqual([false, true, true]);
    expect(read.quotes).toEqual([]);
    expect(['mentions', 'notes'].map(isGetter)).toEqual([false, false]);
    expect(read.mentions).toBe(read.mentions);
    read.events = [];
    expect(read.events).toEqual([]);
  });

  it('read records with only a structure, or with annotations but no structure', () => {
    for (const partial of [
      {
        ...article,
        mentions: undefined,
        quotes: undefined,
        times: undefined,
        events: undefined,
        notes: undefined,
      },
      { ...article, structure: undefined },
    ]) {
      const expected = JSON.parse(JSON.stringify(partial));
      const record = articleRecord(partial as unknown as typeof article);
      expect(JSON.parse(record.json)).toEqual(expected);
      const read = readArticleRecord(Buffer.from(record.json), record);
      expect(JSON.stringify(read)).toBe(JSON.stringify(expected));
    }
  });

  it('leave out optional annotations the article does not have', () => {
    const { notes: _, ...withoutNotes } = article;
    const record = articleRecord(withoutNotes as typeof article);
    const read = readArticleRecord(Buffer.from(record.json), record);
    expect('notes' in read).toBe(false);
    expect(read).toEqual(withoutNotes);
  });
});
