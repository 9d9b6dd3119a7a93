import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuery } from './format-query.js';
import { parseQuery } from './parse-query.js';

const ok = (text: string) => {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.message}`);
  return result.query;
};
const error = (text: string) => {
  const result = parseQuery(text);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.error;
};

describe('parseQuery', () => {
  it('reads a command with fields, quoted values and defaults', () => {
    expect(ok('quotes speaker:trump channel:"Truth Social"')).toEqual({
      kind: 'quotes',
      speaker: 'trump',
      channel: 'Truth Social',
      words: [],
      limit: 20,
      offset: 0,
    });
  });

  it('reads the examples of the issue', () => {
    expect(ok('mentions entity:putin after:2025-04-25')).toMatchObject({
      kind: 'mentions',
      entity: 'putin',
      after: '2025-04-25',
    });
    expect(ok('search ceasefire kind:quote')).toMatchObject({
      kind: 'search',
      text: 'ceasefire',
      scope: 'quote',
    });
    expect(ok('entities kind:person sort:mentions')).toMatchObject({
      entityKind: 'PERSON',
      sort: 'mentions',
    });
    expect(ok('articles entity:zelensky')).toMatchObject({
      kind: 'articles',
      entities: ['zelensky'],
      ids: [],
    });
    expect(ok('timeline')).toEqual({ kind: 'timeline', limit: 20, offset: 0 });
    expect(ok('meetings')).toEqual({ kind: 'meetings', limit: 20, offset: 0 });
  });

  it('takes words without a command as a search, and bare words where a command allows them', () => {
    expect(ok('ceasefire talks')).toMatchObject({ kind: 'search', text: 'ceasefire talks' });
    expect(ok('quotes speaker:trump ceasefire "peace deal"')).toMatchObject({
      words: ['ceasefire', 'peace deal'],
    });
    expect(ok('article putin-witkoff-talks')).toEqual({ kind: 'article', id: 'putin-witkoff-talks' });
    expect(ok('mentions putin')).toMatchObject({ kind: 'mentions', entity: 'putin' });
    expect(ok('QUOTES Speaker:Trump')).toMatchObject({ kind: 'quotes', speaker: 'Trump' });
  });

  it('lets entity repeat in articles (all must be mentioned)', () => {
    expect(ok('articles entity:putin entity:"steve witkoff" limit:5')).toMatchObject({
      entities: ['putin', 'steve witkoff'],
      limit: 5,
    });
  });

  it('points at an unknown field and suggests the nearest', () => {
    expect(error('quotes speker:trump')).toEqual({
      message: "unknown field 'speker' at 7–13; did you mean speaker?",
      start: 7,
      end: 13,
    });
  });

  it('says which command a misplaced field belongs to', () => {
    const e = error('mentions speaker:trump');
    expect(e.message).toMatch(
      /^unknown field 'speaker' at 9–16; speaker works with quotes\. mentions takes entity:/,
    );
    expect([e.start, e.end]).toEqual([9, 16]);
  });

  it('points at a bad value', () => {
    expect(error('articles after:2025-13-01')).toEqual({
      message: "after: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got '2025-13-01' at 15–25",
      start: 15,
      end: 25,
    });
    expect(error('entities kind:planet').message).toContain('expected one of person, org, loc');
    expect(error('quotes limit:0').message).toContain('expected a whole number from 1 to 1000');
  });

  it('reports unterminated quotes, empty values, repeats, stray words and missing parts', () => {
    expect(error('quotes channel:"Truth')).toMatchObject({
      message: 'unterminated quote',
      start: 15,
      end: 21,
    });
    expect(error('quotes speaker:')).toMatchObject({
      message: "missing value after 'speaker:' at 7–15",
      start: 7,
    });
    expect(error('quotes speaker:a speaker:b')).toMatchObject({ start: 17, end: 26 });
    expect(error('meetings putin')).toMatchObject({ start: 9, end: 14 });
    expect(error('meetings putin').message).toContain("to search text, start with 'search'");
    expect(error('mentions').message).toBe('mentions needs an entity');
    expect(error('   ').message).toMatch(/^empty query/);
  });

  it('recognises a mistyped command followed by its fields', () => {
    expect(error('quotse speaker:trump')).toEqual({
      message: "unknown command 'quotse' at 0–6; did you mean quotes?",
      start: 0,
      end: 6,
    });
  });

  it('never throws, whatever the input, and any error points inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseQuery(text);
        if (!result.ok) {
          expect(result.error.start).toBeGreaterThanOrEqual(0);
          expect(result.error.end).toBeLessThanOrEqual(text.length);
          expect(result.error.start).toBeLessThanOrEqual(result.error.end);
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never throws on query-shaped input either', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'quotes',
        'articles',
        'search',
        'speaker:',
        'channel:"',
        'after:',
        'limit:',
        '"',
        ':',
        ' ',
        'kind:',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        expect(typeof parseQuery(pieces.join('')).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('formatQuery', () => {
  it('writes the canonical text, leaving defaults out and quoting only what needs it', () => {
    expect(formatQuery(ok('QUOTES channel:"Truth Social"   speaker:trump limit:20'))).toBe(
      'quotes speaker:trump channel:"Truth Social"',
    );
    expect(formatQuery(ok('ceasefire   talks'))).toBe('search ceasefire talks');
    expect(formatQuery(ok('search "10:30"'))).toBe('search "10:30"');
    expect(formatQuery(ok('entities sort:name kind:org'))).toBe('entities kind:org sort:name');
  });

  it('round-trips: parsing the formatted text gives the same query', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'quotes',
        'articles',
        'search',
        'entities',
        'mentions',
        'timeline',
        'meetings',
        'cooccurrence',
        'article',
        'speaker:trump',
        'channel:"Truth Social"',
        'after:2025-04',
        'on:2025',
        'limit:5',
        'offset:3',
        'entity:putin',
        'kind:quote',
        'kind:person',
        'sort:name',
        'with:x',
        'scope:event',
        '"two words"',
      ),
      fc.stringMatching(/^[a-z]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const first = parseQuery(pieces.join(' '));
        if (!first.ok) return;
        const again = parseQuery(formatQuery(first.query));
        expect(again).toEqual(first);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
