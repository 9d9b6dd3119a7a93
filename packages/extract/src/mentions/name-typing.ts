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

/**
 * Guesses the type of a capitalised name the knowledge base lacks, from its own words and the words
 * around it. `titled` is true when a person's title stands before it ("Mr", "spokesman").
 */
export function guessType(
  words: readonly Token[],
  before: Token | undefined,
  after: Token | undefined,
  titled: boolean,
  textAfter: string,
): TypeGuess {
  const keys = words.map((w) => w.key);
  const whole = keys.join(' ');
  const first = keys[0]!;
  const last = keys.at(-1)!;
  if (PLACE_NAMES.has(whole)) return { type: 'LOC', strength: 3 };
  if (keys.length > 1 && ORG_SUFFIXES.has(last)) return { type: 'ORG', strength: 3 };
  if (keys.length > 2 && ORG_HEADS.has(first) && keys[1] === 'of') return { type: 'ORG', strength: 3 };
  if (keys.length > 1 && LOC_SUFFIXES.has(last)) return { type: 'LOC', strength: 2 };
  if (titled) return { type: 'PERSON', strength: 3 };
  if (keys.length > 1 && /^\p{Lu}\.$/u.test(words[0]!.text) && !words[1]!.upper)
    return { type: 'PERSON', strength: 3 };
  if (keys.length > 1 && isFirstName(first) && !words.some((w) => w.upper))
    return { type: 'PERSON', strength: 3 };
  if (keys.length === 1 && words[0]!.upper && !PLACE_NAMES.has(first)) return { type: 'ORG', strength: 2 };
  if (/^-based\b/.test(textAfter)) return { type: 'LOC', strength: 2 };
  // a place inside a longer name that is not a person's: "Dynamo Moscow", "Bank Austria"
  if (keys.length > 1 && keys.some((k) => PLACE_NAMES.has(k))) return { type: 'ORG', strength: 1 };
  if (after && PERSON_AFTER.has(after.key) && !after.cap) return { type: 'PERSON', strength: 1 };
  if (before && LOC_BEFORE.has(before.key) && !before.cap) return { type: 'LOC', strength: 1 };
  if (keys.length === 1 && ORG_SUFFIXES.has(first)) return { type: 'ORG', strength: 1 };
  return { type: keys.length > 1 ? 'PERSON' : 'ORG', strength: 0 };
}
