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
    const read = readArticleRecord(bytes, record.headBytes, record.annotations);
    expect(read).toEqual(article);
    expect(JSON.stringify(read)).toBe(JSON.stringify(article));
    expect(Object.keys(read)).toEqual(Object.keys(article));
  });

  it('parse the annotations only when one is first read, then keep them as plain properties', () => {
    const record = articleRecord(article);
    const read = readArticleRecord(Buffer.from(record.json), record.headBytes, record.annotations);
    expect(read.text).toBe(article.text);
    expect(typeof Object.getOwnPropertyDescriptor(read, 'mentions')?.get).toBe('function');
    expect(read.quotes).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(read, 'mentions')?.value).toEqual(article.mentions);
    expect(read.mentions).toBe(read.mentions);
    read.events = [];
    expect(read.events).toEqual([]);
  });

  it('leave out optional annotations the article does not have', () => {
    const { notes: _, ...withoutNotes } = article;
    const record = articleRecord(withoutNotes as typeof article);
    const read = readArticleRecord(Buffer.from(record.json), record.headBytes, record.annotations);
    expect('notes' in read).toBe(false);
    expect(read).toEqual(withoutNotes);
  });
});
