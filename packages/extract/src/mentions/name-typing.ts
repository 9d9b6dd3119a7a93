import type { EntityKind } from '@dispatch/core';
import { FEMALE_NAMES, MALE_NAMES } from '../gazetteer/first-names.js';
import { LOC_SUFFIXES, ORG_HEADS, ORG_SUFFIXES } from '../gazetteer/org-words.js';
import { PLACE_NAMES } from '../gazetteer/places.js';
import type { Token } from '../text/tokens.js';

/** How sure a type guess is: gazetteer and suffix evidence beats context, context beats the default. */
export interface TypeGuess {
  type: EntityKind;
  strength: number;
}

const LOC_BEFORE = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'towards']);
const PERSON_AFTER = new Set([
  'said',
  'says',
  'told',
  'added',
  'who',
  'wrote',
  'asked',
  'argued',
  'insisted',
  'explained',
]);

export const isFirstName = (key: string): boolean => MALE_NAMES.has(key) || FEMALE_NAMES.has(key);

/** An initial: one capital letter and a full stop ("D."), as `/^\p{Lu}\.$/u` says, without a regex for ASCII. */
export function isInitialLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return word.length === 2 && c >= 65 && c <= 90 && word.charCodeAt(1) === 46;
  return INITIAL.test(word);
}

const INITIAL = /^\p{Lu}\.$/u;

/** `/^-based\b/` at `at`: "Moscow-based". */
const basedAt = (text: string, at: number): boolean =>
  text.startsWith('-based', at) && !/\w/.test(text[at + 6] ?? '');

/**
 * Guesses the type of a capitalised name the knowledge base lacks (`whole`: its words' keys joined by
 * spaces), from its own words, the words around it and the text right after it. `titled` is true when a
 * person's title stands before it ("Mr", "spokesman").
 */
export function guessType(
  words: readonly Token[],
  whole: string,
  before: Token | undefined,
  after: Token | undefined,
  titled: boolean,
  text: string,
): TypeGuess {
  const n = words.length;
  const first = words[0]!.key;
  const last = words[n - 1]!.key;
  if (PLACE_NAMES.has(whole)) return { type: 'LOC', strength: 3 };
  if (n > 1 && ORG_SUFFIXES.has(last)) return { type: 'ORG', strength: 3 };
  if (n > 2 && ORG_HEADS.has(first) && words[1]!.key === 'of') return { type: 'ORG', strength: 3 };
  if (n > 1 && LOC_SUFFIXES.has(last)) return { type: 'LOC', strength: 2 };
  if (titled) return { type: 'PERSON', strength: 3 };
  if (n > 1 && isInitialLetter(words[0]!.text) && !words[1]!.upper) return { type: 'PERSON', strength: 3 };
  if (n > 1 && isFirstName(first) && !words.some((w) => w.upper)) return { type: 'PERSON', strength: 3 };
  if (n === 1 && words[0]!.upper && !PLACE_NAMES.has(first)) return { type: 'ORG', strength: 2 };
  if (basedAt(text, words[n - 1]!.end)) return { type: 'LOC', strength: 2 };
  // a place inside a longer name that is not a person's: "Dynamo Moscow", "Bank Austria"
  if (n > 1 && words.some((w) => PLACE_NAMES.has(w.key))) return { type: 'ORG', strength: 1 };
  if (after && PERSON_AFTER.has(after.key) && !after.cap) return { type: 'PERSON', strength: 1 };
  if (before && LOC_BEFORE.has(before.key) && !before.cap) return { type: 'LOC', strength: 1 };
  if (n === 1 && ORG_SUFFIXES.has(first)) return { type: 'ORG', strength: 1 };
  return { type: n > 1 ? 'PERSON' : 'ORG', strength: 0 };
}
