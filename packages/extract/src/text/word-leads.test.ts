import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, SAY_VERBS, TELL_VERBS, TRIGGER_RULES } from '../events/lexicon.js';
import { foldCase, LeadIndex, leadsOf } from './word-leads.js';

const PATTERNS = [...TRIGGER_RULES.map((r) => r.pattern), SAY_VERBS, TELL_VERBS, ATTRIBUTION];
const index = new LeadIndex(PATTERNS);

const isWordCode = (c: number): boolean => /\w/u.test(String.fromCharCode(c));

/** The definition: some lead of the pattern starts a word of the folded text. */
const reference = (folded: string): boolean[] =>
  PATTERNS.map((pattern) =>
    leadsOf(pattern).some((lead) => {
      for (let at = folded.indexOf(lead); at >= 0; at = folded.indexOf(lead, at + 1))
        if (at === 0 || !isWordCode(folded.charCodeAt(at - 1))) return true;
      return false;
    }),
  );

const PIECES = [
  'met',
  'Meeting',
  'tête-à-tête',
  'TÊTE',
  'said',
  'told',
  'according to',
  'accord',
  'war',
  'warn',
  'conflict',
  'me',
  'x',
  '_',
  '7',
  'é',
  'ſ',
  '𝐀',
  '\uD800',
  '’',
  '-',
  ' ',
  ',',
];

describe('LeadIndex', () => {
  it('finds exactly the patterns with a lead starting a word', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldCase(t);
        expect(index.present(folded)).toEqual(reference(folded));
      }),
      { numRuns: 3000 },
    );
  });

  it('never rules out a pattern that matches', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const hit = index.present(foldCase(t));
        PATTERNS.forEach((pattern, i) => {
          if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(t)) expect(hit[i]).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a non-ASCII lead', () => {
    const meetingRule = PATTERNS.findIndex((p) => p.source.includes('tête-à-tête'));
    expect(index.present(foldCase('a Tête-à-tête'))[meetingRule]).toBe(true);
    expect(index.present(foldCase('a têtes'))[meetingRule]).toBe(false);
  });
});
