import type { Span } from '@dispatch/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../text/word-leads.js';
import { ArticleLeads, type SentenceLeads, triggersByScan } from './sentence-leads.js';
import { rulesFor } from './trigger-keys.js';

/** The definition: the sentence folded on its own, every rule with its words scanned over it. */
function reference(text: string, sentence: Span): Omit<SentenceLeads, 'clauses'> {
  const rules = rulesFor(foldCase(text.slice(sentence.start, sentence.end)));
  return { triggers: triggersByScan(text, sentence, rules), anyRule: rules.length > 0 };
}

const withoutClauses = ({ triggers, anyRule }: SentenceLeads) => ({ triggers, anyRule });

const PIECES = [
  'met',
  'Meets',
  'meeting',
  'meetings',
  'sat down with',
  'SAT DOWN',
  'audience with',
  'tête-à-tête',
  'air strike',
  'airstrike',
  'strike',
  'drone strike',
  'talks',
  'phone call',
  'call with',
  'war',
  'full-scale invasion',
  'arrived in',
  'left',
  'said',
  'said that',
  'told',
  'according to',
  'citing',
  'but',
  'and',
  'if',
  'with',
  'which',
  ';',
  ',',
  '.',
  ' ',
  ' ',
  ' ',
  '\n',
  '-',
  '_',
  '7',
  'x',
  'é',
  'ſ',
  '\u212a',
  'İ',
  'Σ',
  'ς',
  '𝐀',
  '\uD800',
  '’',
];

const article = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

/** Sentences as cut points of the text, in reading order (gaps between them allowed). */
const withSentences = article.chain((text) =>
  fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), text.length];
    const sentences: Span[] = [];
    for (let i = 0; i + 1 < points.length; i++) sentences.push({ start: points[i]!, end: points[i + 1]! });
    return { text, sentences };
  }),
);

describe('ArticleLeads', () => {
  it('finds for each sentence what folding and scanning that sentence alone finds', () => {
    fc.assert(
      fc.property(withSentences, ({ text, sentences }) => {
        const leads = new ArticleLeads(text);
        for (const sentence of sentences)
          expect(withoutClauses(leads.of(sentence))).toEqual(reference(text, sentence));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers ranges asked in any order, overlapping or not', () => {
    const ranges = article.chain((text) =>
      fc
        .array(
          fc
            .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
            .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 6 },
        )
        .map((sentences) => ({ text, sentences })),
    );
    fc.assert(
      fc.property(ranges, ({ text, sentences }) => {
        const leads = new ArticleLeads(text);
        for (const sentence of sentences)
          expect(withoutClauses(leads.of(sentence))).toEqual(reference(text, sentence));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds trigger words, the longest where two overlap, in a plain sentence', () => {
    const text = 'They met for talks. A drone strike hit; he said so.';
    const leads = new ArticleLeads(text);
    const first = leads.of({ start: 0, end: 19 });
    expect(first.triggers.map((t) => text.slice(t.span.start, t.span.end))).toEqual(['met', 'talks']);
    const second = leads.of({ start: 20, end: text.length });
    expect(second.triggers.map((t) => text.slice(t.span.start, t.span.end))).toEqual(['drone strike']);
    const said = second.clauses.speech(0, 20, text.length).map((m) => [m.index, m[0]]);
    expect(said).toEqual([[text.indexOf('said'), 'said']]);
    const semicolon = second.clauses.breaks(0, 20, text.length).map((m) => m.index);
    expect(semicolon).toEqual([text.indexOf(';')]);
    expect(first.clauses.breaks(0, 0, 19)).toEqual([]);
  });
});
