import type { EntityKind, KnownEntity, Span } from '@dispatch/core';
import { CALENDAR_WORDS, COMMON_WORDS } from '../gazetteer/common-words.js';
import { LOC_SUFFIXES, ORG_HEADS, ORG_SUFFIXES } from '../gazetteer/org-words.js';
import { NATIONALITIES, PLACE_FIRST_WORDS, PLACE_NAMES } from '../gazetteer/places.js';
import { TITLE_WORDS } from '../gazetteer/titles.js';
import { isInitialAt, type LineCase, markLineCase } from '../text/positions.js';
import { adjacent, type Token } from '../text/tokens.js';
import type { KbMatch, KbMatcher } from './kb-matcher.js';
import { guessType, isFirstName, isInitialLetter } from './name-typing.js';
import { WrittenForms } from './written-forms.js';

/** A name (or knowledge-base description) found in the text, before ids are assigned. */
export interface NameMention {
  first: number;
  last: number;
  span: Span;
  type: EntityKind;
  strength: number;
  form: 'name' | 'nominal';
  known: KnownEntity | null;
  /** The name key of an unknown entity ("phil simmons"), shared by its surname-only mentions. */
  key: string;
  /** The title written before a person's name. */
  role: Span | null;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'mx']);

/** Lower-case words that may join capitalised words into one name ("Bank of England", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'de',
  'du',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'le',
  'la',
]);
const LINKS_OF = new Set([...ORG_HEADS, ...LOC_SUFFIXES, 'republic', 'kingdom', 'states', 'university']);
// "Center for American Progress", "Campaign for Nuclear Disarmament"; never a person ("Cameron Easley for
// Morning Consult" is a writer and the outlet).
const LINKS_FOR = new Set([
  ...ORG_HEADS,
  ...'center centre foundation campaign coalition fund alliance movement network trust project partnership'.split(
    ' ',
  ),
]);

/** The lower-case words that may join capitalised ones into a name. */
const LINKERS = ['of', 'for', ...PARTICLES];

/** Finds every name in the text: knowledge-base names first, then capitalised sequences, typed. */
export function findNames(text: string, tokens: readonly Token[], kb: KbMatcher): NameMention[] {
  const lineCase = markLineCase(text, tokens);
  // Whether each capitalised token is capitalised by position only (asked of capitalised tokens alone).
  const initial = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i]!.cap && isInitialAt(text, tokens[i]!.start)) initial[i] = true;
  const forms = new WrittenForms(tokens, initial, lineCase, LINKERS);
  const matches = kb.match(text, tokens);
  // By token index (arrays, not maps: every token asks), the later match where two share a first token.
  const kbAt = new Array<KbMatch | undefined>(tokens.length);
  const nominalAt = new Array<KbMatch | undefined>(tokens.length);
  for (const m of matches) (m.form === 'name' ? kbAt : nominalAt)[m.first] = m;
  const found: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const nominal = nominalAt[i];
    if (nominal) found.push(fromKb(tokens, nominal));
    const hit = kbAt[i];
    if (hit) {
      found.push(fromKb(tokens, hit));
      i = hit.last;
      continue;
    }
    if (!tokens[i]!.cap || lineCase[i] === 2) continue;
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next || kbAt[j + 1] || lineCase[j + 1] === 2) break;
      if (next.cap && adjacent(text, tokens[j]!, next, true) && !tokens[j]!.possessive) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      // a lower-case linking word between capitalised ones (the cheap tests first: most runs end here)
      if (
        !next.cap &&
        after?.cap &&
        !kbAt[j + 2] &&
        links(tokens[j]!, next) &&
        adjacent(text, tokens[j]!, next) &&
        adjacent(text, next, after)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    for (const [a, b] of splitAtTitles(tokens, i, j)) {
      const name = trimName(tokens, a, b, initial, forms);
      if (!name) continue;
      const words = tokens.slice(name.a, name.b + 1);
      const key = joinKeys(words);
      const weak = lineCase[name.a] !== 0;
      const needsEvidence = initial[name.a] || weak;
      if (needsEvidence && !hasEvidence(words, key, name.titled, forms, weak)) continue;
      const guess = guessType(words, key, tokens[name.a - 1], tokens[name.b + 1], name.titled, text);
      found.push({
        first: name.a,
        last: name.b,
        span: { start: tokens[name.a]!.start, end: tokens[name.b]!.end },
        type: guess.type,
        strength: guess.strength,
        form: 'name',
        known: null,
        key,
        role: null,
      });
    }
    i = j;
  }
  // `found` is in token order; names from all-capital lines (when there are any) go in between
  if (!lineCase.includes(2)) return found;
  return [...found, ...namesInCapitals(tokens, lineCase, found, kbAt)].sort((a, b) => a.first - b.first);
}

/** Whether `next` may join the name ending with `word` to a capitalised word after it. */
const links = (word: Token, next: Token): boolean =>
  (next.key === 'of' && LINKS_OF.has(word.key)) ||
  (next.key === 'for' && LINKS_FOR.has(word.key)) ||
  PARTICLES.has(next.text);

/**
 * In lines written all in capitals ("SOCCER - ROMANIA BEAT LITHUANIA"), capitals prove nothing: take only
 * words the rest of the text, or the place gazetteer, shows to be names, longest first.
 */
function namesInCapitals(
  tokens: readonly Token[],
  lineCase: readonly LineCase[],
  found: readonly NameMention[],
  kbAt: readonly (KbMatch | undefined)[],
): NameMention[] {
  const known = new Map<string, NameMention>();
  for (const n of found) if (!n.known && lineCase[n.first] !== 2) known.set(n.key, n);
  const out: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (lineCase[i] !== 2 || kbAt[i]) continue;
    for (let len = Math.min(4, tokens.length - i); len >= 1; len--) {
      const words = tokens.slice(i, i + len);
      if (words.some((w, k) => !w.cap || lineCase[i + k] !== 2 || (k > 0 && kbAt[i + k]))) continue;
      const key = words.map((w) => w.key).join(' ');
      const seen = known.get(key);
      if (!seen && !PLACE_NAMES.has(key)) continue;
      out.push({
        first: i,
        last: i + len - 1,
        span: { start: words[0]!.start, end: words.at(-1)!.end },
        type: seen?.type ?? 'LOC',
        strength: seen?.strength ?? 3,
        form: 'name',
        known: null,
        key,
        role: null,
      });
      i += len - 1;
      break;
    }
  }
  return out;
}

/**
 * Splits a capitalised run where a title starts inside it: "Massachusetts Sen. Elizabeth Warren" is a
 * place, then a titled person. Organisation names keep their title words ("Justice Department").
 */
function splitAtTitles(tokens: readonly Token[], from: number, to: number): [number, number][] {
  if (ORG_SUFFIXES.has(tokens[to]!.key)) return [[from, to]];
  const parts: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k < to; k++) {
    const prev = tokens[k - 1]!.key;
    if (TITLE_WORDS.has(tokens[k]!.key) && !TITLE_WORDS.has(prev) && !NATIONALITIES.has(prev)) {
      // the words before a title are a name only when known ("Massachusetts Sen."); else they belong to
      // the role ("Senate Majority Leader")
      const left = tokens.slice(start, k).map((t) => t.key);
      if (PLACE_NAMES.has(left.join(' ')) || ORG_SUFFIXES.has(left.at(-1)!)) parts.push([start, k - 1]);
      start = k;
    }
  }
  parts.push([start, to]);
  return parts;
}

function fromKb(tokens: readonly Token[], hit: KbMatch): NameMention {
  return {
    first: hit.first,
    last: hit.last,
    span: { start: tokens[hit.first]!.start, end: tokens[hit.last]!.end },
    type: hit.kind,
    strength: 9,
    form: hit.form,
    known: hit.entity,
    key: hit.entity.id,
    role: null,
  };
}

/** Drops words capitalised by position, titles, nationality adjectives and dates from a capitalised run. */
function trimName(
  tokens: readonly Token[],
  from: number,
  to: number,
  initial: readonly boolean[],
  forms: WrittenForms,
): { a: number; b: number; titled: boolean } | null {
  let a = from;
  let b = to;
  let titled = false;
  const orgEnd = ORG_SUFFIXES.has(tokens[to]!.key);
  // a place name opening the run keeps its first word ("New Zealand", "South Africa", "New York Stock Exchange")
  let key = tokens[from]!.key;
  if (PLACE_FIRST_WORDS.has(key))
    for (let k = from + 1; k <= Math.min(to, from + 3); k++) {
      key += ` ${tokens[k]!.key}`;
      if (PLACE_NAMES.has(key)) return { a, b, titled };
    }
  let honoured = false;
  while (a <= b) {
    const t = tokens[a]!;
    if (a < b && HONORIFICS.has(t.key)) {
      // "Mr. King": what follows an honorific is a name, whatever else the word can be
      titled = true;
      honoured = true;
      a++;
      break;
    } else if (
      a === from &&
      initial[a] &&
      !t.upper &&
      (COMMON_WORDS.has(t.key) || (forms.inLowerCase(t.key) && !isFirstName(t.key)))
    )
      a++;
    else if (CALENDAR_WORDS.has(t.key) && !(a > from && isFirstName(tokens[a - 1]!.key))) a++;
    else if (!orgEnd && a < b && TITLE_WORDS.has(t.key)) {
      titled ||= !NATIONALITIES.has(t.key);
      a++;
    } else if (!orgEnd && NATIONALITIES.has(t.key)) a++;
    else if (t.key === 'of' || t.key === 'for' || PARTICLES.has(t.key)) a++;
    else break;
  }
  while (
    b >= a &&
    (CALENDAR_WORDS.has(tokens[b]!.key) || NATIONALITIES.has(tokens[b]!.key) || !tokens[b]!.cap)
  )
    b--;
  if (a > b) return null;
  const only = tokens[a]!;
  if (a === b && !honoured && (COMMON_WORDS.has(only.key) || TITLE_WORDS.has(only.key)) && !only.upper)
    return null;
  if (a === b && only.text.length === 1) return null;
  return { a, b, titled };
}

/** Whether a name (`key`: its words' keys) in a sentence-initial or headline position is known to be a name. */
function hasEvidence(
  words: readonly Token[],
  key: string,
  titled: boolean,
  forms: WrittenForms,
  headline: boolean,
): boolean {
  if (titled) return true;
  if (words.length > 1 && isInitialLetter(words[0]!.text)) return true; // "D. Bicknell"
  // in a title-case line, a run of words never written in lower case is a name
  if (headline && words.length > 1 && !words.some((w) => forms.inLowerCase(w.key) || COMMON_WORDS.has(w.key)))
    return true;
  if (PLACE_NAMES.has(key)) return true;
  if (words.some((w) => forms.capitalisedMidSentence(w.key))) return true;
  if (words.length > 1 && isFirstName(words[0]!.key)) return true;
  if (words.length > 1 && ORG_SUFFIXES.has(words.at(-1)!.key)) return true;
  return words.length > 1 && !headline;
}

/** The words' keys joined by spaces: the name key of an unknown entity. */
function joinKeys(words: readonly Token[]): string {
  let key = words[0]!.key;
  for (let k = 1; k < words.length; k++) key += ` ${words[k]!.key}`;
  return key;
}
