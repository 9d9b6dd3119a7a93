import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIR_ANAPHOR, PERFECT, SAY_VERBS, TELL_VERBS, TRIGGER_RULES } from '../events/lexicon.js';
import { asciiTwin, caseInsensitive, foldsToAscii } from './ascii-case.js';

// Pieces where the flags could part: letters with non-ASCII case partners (ſ, K, ı, İ, ß), astral
// letters and lone surrogates next to words, apostrophes, non-breaking and other white space.
const PIECES = [
  'met',
  'MEET',
  'Meets',
  'said',
  'SAYS',
  'that',
  'told',
  'talks',
  'the two leaders',
  'both men',
  'has',
  'had',
  'quickly',
  'signed',
  'war',
  'flew to',
  'a visit to',
  'air strike',
  'airstrike',
  'x',
  '_',
  '7',
  'é',
  'ı',
  'İ',
  'ß',
  'Ω',
  '𝐀',
  '😀',
  '\uD800',
  '\uDC00',
  "'",
  '’',
  '-',
  ',',
  ' ',
  '\u00a0',
  '\n',
  '\u2003',
];
const FOLDING = ['\u017f', '\u212a', 'ſaid', 'Kill'];

const matchesOf = (re: RegExp, text: string): [number, string][] => {
  const found: [number, string][] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(global)) found.push([m.index, m[0]]);
  return found;
};

const PATTERNS = [...TRIGGER_RULES.map((r) => r.pattern), SAY_VERBS, TELL_VERBS, PAIR_ANAPHOR, PERFECT];

describe('caseInsensitive', () => {
  it('has a twin for the ASCII word lists, none for Unicode-only pieces', () => {
    expect(asciiTwin(/\b(?:met|meets)\b/giu)?.flags).toBe('gi');
    expect(asciiTwin(/\b(?:tête-à-tête)\b/giu)).toBeNull();
    expect(asciiTwin(/\b\p{Lu}\w+/iu)).toBeNull();
    expect(asciiTwin(/^\s+(?:\S+\s+)?for\b/iu)).toBeNull();
    expect(asciiTwin(/a.b/iu)).toBeNull();
    expect(asciiTwin(/[^a]met/iu)).toBeNull();
    expect(asciiTwin(/\bmet\b/gu)).toBeNull();
  });

  it('keeps the Unicode pattern for text with ſ or K in it', () => {
    const re = /\bsaid\b/giu;
    expect(foldsToAscii('he ſaid')).toBe(true);
    expect(caseInsensitive(re, 'he ſaid')).toBe(re);
    expect(caseInsensitive(re, 'he said')).not.toBe(re);
    expect(matchesOf(caseInsensitive(re, 'he ſaid'), 'he ſaid')).toEqual([[3, 'ſaid']]);
  });

  it('finds what the Unicode pattern finds, on any text', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES, ...FOLDING), { maxLength: 14 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), (t, re) => {
        expect(matchesOf(caseInsensitive(re, t), t)).toEqual(matchesOf(re, t));
      }),
      { numRuns: 3000 },
    );
  });
});
