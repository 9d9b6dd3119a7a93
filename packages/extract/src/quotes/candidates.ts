import type { Span } from '@dispatch/core';
import { SOURCE_NOUNS } from '../gazetteer/titles.js';
import type { Referent } from '../mentions/pronouns.js';
import type { ResolvedName } from '../mentions/resolve-names.js';
import { mergeSorted } from '../text/merge-sorted.js';
import { firstSpanFrom } from '../text/span-index.js';
import type { Token } from '../text/tokens.js';
import { leadingWord, matchesInStretches, wordRuns } from './source-stretches.js';

/** Something in the text that can be the speaker of a quote. */
export interface Candidate {
  span: Span;
  /** The referent when it names or points to an entity; null for a described source ("a Kremlin aide"). */
  ref: Referent | null;
  /** For described sources, the description as written. */
  description: string | null;
  /** A pronoun the quote's context may resolve better than general coreference. */
  pronoun: string | null;
}

const SOURCE_LIST = [...SOURCE_NOUNS].sort((a, b) => b.length - a.length).join('|');
// "a Kremlin aide", "an aide to Zelensky", "senior officials familiar with the talks", "the source said"
export const DESCRIBED = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Ss]enior)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${SOURCE_LIST})\b(?:\s+(?:to|for|of|at|in|with|close to|familiar with)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?`,
  'gu',
);
// plural sources need no article: "Aides described…", "US officials said"
const PLURAL_NOUNS = [
  'aides',
  'officials',
  'sources',
  'diplomats',
  'analysts',
  'experts',
  'witnesses',
  'residents',
  'prosecutors',
  'investigators',
  'lawmakers',
  'advisers',
  'negotiators',
];
const PLURAL_SET = new Set(PLURAL_NOUNS);
export const PLURAL_SOURCES = new RegExp(
  String.raw`(?:\b\p{Lu}[\p{L}.]*\s)?\b(?:${PLURAL_NOUNS.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})\b`,
  'gu',
);

// What a written word can be the noun of: a described source (DESCRIBED's noun follows white space, so it
// starts a word) or a plural source (a whole run of \w inside the word).
const DESCRIBES = 1;
const PLURAL = 2;
const kindsOfWord = new Map<string, number>();
// Words are remembered, as news repeats its vocabulary; the bound keeps a long batch's memory flat.
const MAX_REMEMBERED = 50_000;

// Shorter words ("the", "of", "said") hold no noun of either list: no need to look them up.
const SHORTEST_NOUN = Math.min(...[...SOURCE_NOUNS, ...PLURAL_NOUNS].map((noun) => noun.length));

function sourceKindsOf(word: string): number {
  if (word.length < SHORTEST_NOUN) return 0;
  let kinds = kindsOfWord.get(word);
  if (kinds === undefined) {
    kinds =
      (SOURCE_NOUNS.has(leadingWord(word)) ? DESCRIBES : 0) |
      (wordRuns(word).some((r) => PLURAL_SET.has(r)) ? PLURAL : 0);
    if (kindsOfWord.size >= MAX_REMEMBERED) kindsOfWord.clear();
    kindsOfWord.set(word, kinds);
  }
  return kinds;
}

/** The words that may be the noun of each pattern, in order: the patterns run only around them. */
export function sourceWords(tokens: readonly Token[]): { described: Span[]; plural: Span[] } {
  const described: Span[] = [];
  const plural: Span[] = [];
  for (const t of tokens) {
    const kinds = sourceKindsOf(t.text);
    if (kinds === 0) continue;
    if (kinds & DESCRIBES) described.push(t);
    if (kinds & PLURAL) plural.push(t);
  }
  return { described, plural };
}

const OFFICE_NOUNS = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'campaign',
  'team',
  'aide',
  'aides',
  'lawyer',
  'lawyers',
  'attorney',
  'press',
  'government',
  'ministry',
  'embassy',
]);
const SPEAKING_PRONOUNS = new Set(['he', 'she']);

const inReadingOrder = (a: Candidate, b: Candidate): number =>
  a.span.start - b.span.start || b.span.end - a.span.end;

/** All possible speakers in reading order: names, resolved pronouns, unnamed sources. */
export function findCandidates(
  text: string,
  tokens: readonly Token[],
  names: readonly ResolvedName[],
  pronouns: readonly Referent[],
): Candidate[] {
  const words = sourceWords(tokens);
  const described: Span[] = [];
  for (const m of matchesInStretches(text, DESCRIBED, words.described)) {
    const span = { start: m.index, end: m.index + m.text.length };
    // "the Kremlin spokesman Dmitry Peskov": the name that follows is the speaker, not the description
    if (/^,?\s\p{Lu}/u.test(text.slice(span.end, span.end + 3))) continue;
    described.push(span);
  }
  const plural: Span[] = [];
  for (const m of matchesInStretches(text, PLURAL_SOURCES, words.plural)) {
    const span = { start: m.index, end: m.index + m.text.length };
    const d = described[firstSpanFrom(described, span.start + 1) - 1];
    if (!d || d.end < span.end) plural.push(span);
  }
  described.push(...plural);
  // "Macron’s office"
  names.forEach((n) => {
    const next = tokens[n.last + 1];
    if (n.form === 'name' && tokens[n.last]!.possessive && next && OFFICE_NOUNS.has(next.key)) {
      described.push({ start: n.span.start, end: next.end });
    }
  });
  described.sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = (s: Span) => {
    const d = described[firstSpanFrom(described, s.start + 1) - 1];
    return d !== undefined && d.start <= s.start && s.end <= d.end;
  };
  const sources: Candidate[] = described.map((d) => ({
    span: d,
    ref: null,
    description: text.slice(d.start, d.end),
    pronoun: null,
  }));
  const named: Candidate[] = [];
  for (const n of names) {
    if (inside(n.span)) continue;
    named.push({
      span: n.span,
      ref: { span: n.span, entity: n.entity, form: n.form },
      description: null,
      pronoun: null,
    });
  }
  const pointed: Candidate[] = [];
  for (const p of pronouns) {
    const key = text.slice(p.span.start, p.span.end).toLowerCase();
    if (!SPEAKING_PRONOUNS.has(key)) continue;
    pointed.push({ span: p.span, ref: p, description: null, pronoun: key });
  }
  return mergeSorted(mergeSorted(sources, named, inReadingOrder), pointed, inReadingOrder);
}
