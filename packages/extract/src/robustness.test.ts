// Property-based checks: no input crashes the extractor, and its output always points into the text.
import { type Annotations, findSpanIssues, type Span } from '@dispatch/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';
import { loadSeed } from './testing/load-seed.js';

const { text: seed, knowledgeBase } = loadSeed();

// Pieces that stress the extractor: marks, names, dates, line ends, BOM, control characters.
const PIECES = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  "''",
  '«',
  '»',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\t',
  'Putin',
  'said',
  'Mr. ',
  'U.S.',
  'on Friday',
  'last week',
  'in 2014',
  'MOSCOW: ',
  'WASHINGTON (Reuters) - ',
  ' – Agencies',
  'Kremlin spokesman Dmitry Peskov',
  'he',
  'according to',
  ':',
  '.',
  ',',
  'Zoë Ñandú',
  '😀',
  '\uD800',
];
const newsy = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newsy);
const filed = fc.oneof(fc.constant(null), fc.constantFrom('2025-04-26', '2000-02-29', '1999-12-31'));

function checkInvariants(text: string, annotations: Annotations): void {
  expect(findSpanIssues(text, annotations)).toEqual([]);
  const spans: Span[] = [
    ...annotations.mentions.map((m) => m.span),
    ...annotations.quotes.map((q) => q.span),
    ...annotations.times.map((t) => t.span),
  ];
  for (const s of spans) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  // quotes nest or stay apart
  const quotes = annotations.quotes;
  for (const a of quotes) {
    for (const b of quotes) {
      if (a === b || a.span.end <= b.span.start || b.span.end <= a.span.start) continue;
      const nested =
        (a.span.start <= b.span.start && b.span.end <= a.span.end) ||
        (b.span.start <= a.span.start && a.span.end <= b.span.end);
      expect(nested).toBe(true);
    }
  }
}

describe('robustness', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(anyText, filed, (text, date) => {
        checkInvariants(text, extractArticle({ text, filed: date, knowledgeBase }).annotations);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsy, filed, (text, date) => {
        const input = { text, filed: date, knowledgeBase };
        expect(extractArticle(input)).toEqual(extractArticle(input));
      }),
      { numRuns: 100 },
    );
  });

  it('handles the empty text', () => {
    const { annotations, entities } = extractArticle({ text: '', filed: null, knowledgeBase });
    expect(annotations).toMatchObject({ mentions: [], quotes: [], times: [], events: [] });
    expect(annotations.structure).toEqual({
      dateline: null,
      credit: null,
      sections: [{ subhead: null, paragraphs: [] }],
    });
    expect(entities).toEqual([]);
  });

  it('reads CRLF line ends and a BOM like plain newlines', () => {
    const text = `\uFEFF${seed.replace(/\n/g, '\r\n')}`;
    const { annotations } = extractArticle({ text, filed: '2025-04-26', knowledgeBase });
    checkInvariants(text, annotations);
    const plain = extractArticle({ text: seed, filed: '2025-04-26', knowledgeBase }).annotations;
    expect(annotations.quotes.map((q) => q.text)).toEqual(plain.quotes.map((q) => q.text));
    expect(annotations.structure.dateline?.text).toBe('MOSCOW');
    expect(annotations.structure.sections.flatMap((s) => s.paragraphs)).toHaveLength(30);
  });

  it('survives unbalanced quotation marks', () => {
    const text =
      'He said “this never closes.\n\nThen ‘another one and "a third.\n\n”Closing first, opening last“';
    const { annotations } = extractArticle({ text, filed: null, knowledgeBase });
    checkInvariants(text, annotations);
  });

  it('extracts a 5 MB article, events included', () => {
    const copies = Math.ceil((5 * 1024 * 1024) / (seed.length + 1));
    const text = `${seed}\n`.repeat(copies);
    const { annotations } = extractArticle({ text, filed: '2025-04-26', knowledgeBase });
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(findSpanIssues(text, annotations)).toEqual([]);
    // every copy of the seed yields the same quotes as the seed alone
    const alone = extractArticle({ text: seed, filed: '2025-04-26', knowledgeBase }).annotations;
    expect(annotations.quotes.length).toBe(alone.quotes.length * copies);
    // and every event the seed tells is found in the long text too (copies of one event may merge)
    const told = (events: Annotations['events']) => new Set(events.map((e) => `${e.type}: ${e.label}`));
    expect(told(annotations.events)).toEqual(told(alone.events));
  }, 120_000); // a limit for slow shared machines, not a speed assertion
});
