import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredTo, matchesAt, positionsOf, scanRange } from './clause-matches.js';
import { CLAUSE_BREAK_PATTERNS, SPEECH_PATTERNS } from './clauses.js';
import { ArticleLeads } from './sentence-leads.js';

const PIECES = [
  'and',
  'And',
  'AND',
  'land',
  'but',
  'But',
  'if',
  'If',
  'with',
  'With',
  'which',
  'who',
  'he',
  'she',
  'I',
  'the',
  'The',
  'Putin',
  'Trump',
  'joined',
  'agreed',
  'saying',
  'warning',
  'said',
  'Said',
  'said that',
  'says',
  'on Friday',
  'that',
  'told',
  'telling',
  'according to',
  'According',
  'citing',
  'described by',
  ';',
  ',',
  '.',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '-',
  '’',
  "'",
  'x',
  'é',
  'ſ',
  '\u212a',
  'Σ',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

const ranges = text.chain((t) =>
  fc
    .array(
      fc
        .tuple(fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length }))
        .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      { minLength: 2, maxLength: 6 },
    )
    .map(([sentence, ...asked]) => ({
      text: t,
      sentence: { start: sentence!.from, end: sentence!.to },
      asked,
    })),
);

const shown = (found: readonly RegExpExecArray[]) => found.map((m) => [m.index, m[0]]);

describe('the clause finder of an article', () => {
  it('finds in any range what a scan of that range finds, for every clause break and speech pattern', () => {
    fc.assert(
      fc.property(ranges, ({ text, sentence, asked }) => {
        // A sentence's finder, asked about ranges inside it and (as windows never are) outside.
        const clauses = new ArticleLeads(text).of(sentence).clauses;
        const inside = asked.map(({ from, to }) => ({
          from: Math.max(from, sentence.start),
          to: Math.max(Math.max(from, sentence.start), Math.min(to, sentence.end)),
        }));
        // A break left out of possibleBreaks matches nowhere inside the sentence.
        const impossible = CLAUSE_BREAK_PATTERNS.map((_, b) => b).filter(
          (b) => !clauses.possibleBreaks.includes(b),
        );
        for (const { from, to } of inside)
          for (const b of impossible)
            expect(scanRange(CLAUSE_BREAK_PATTERNS[b]!, text, from, to)).toEqual([]);
        for (const { from, to } of [...inside, ...asked]) {
          CLAUSE_BREAK_PATTERNS.forEach((re, b) => {
            expect(shown(clauses.breaks(b, from, to))).toEqual(shown(scanRange(re, text, from, to)));
          });
          SPEECH_PATTERNS.forEach((re, s) => {
            expect(shown(clauses.speech(s, from, to))).toEqual(shown(scanRange(re, text, from, to)));
          });
        }
      }),
      { numRuns: 3000 },
    );
  }, 120_000); // a limit for slow shared machines, not a speed assertion
});

describe('matchesAt', () => {
  it('starts a match at the white space before its word, and resumes after it', () => {
    const t = 'x,  and and he  and  she';
    const re = /\s+and\s+(?=(?:he|she)\b)/gu;
    const found = matchesAt(anchoredTo(re, t), 'spaces', positionsOf(t, 'and'), t, 0, t.length);
    expect(shown(found)).toEqual([
      [7, ' and '],
      [14, '  and  '],
    ]);
    expect(shown(found)).toEqual(shown(scanRange(re, t, 0, t.length)));
  });

  it('takes a comma and spaces before an attribution into its match', () => {
    const t = 'talks ,  according to aides';
    const found = matchesAt(
      anchoredTo(SPEECH_PATTERNS[2]!, t),
      'comma-spaces',
      [t.indexOf('according')],
      t,
      0,
      t.length,
    );
    expect(shown(found)).toEqual([[6, ',  according to']]);
  });

  it('reads a word cut at the range start as a word', () => {
    const t = 'unsaid so';
    const said = anchoredTo(SPEECH_PATTERNS[0]!, t);
    expect(shown(matchesAt(said, 'word', [], t, 2, t.length, true))).toEqual([[2, 'said']]);
    expect(matchesAt(said, 'word', [], t, 2, t.length)).toEqual([]);
  });
});
