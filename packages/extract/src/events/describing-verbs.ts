import { lowerBound } from '@dispatch/core';
import type { ArticleFacts } from './article-facts.js';
import { positionsOf } from './clause-matches.js';

/** The verbs the description patterns start from: they run only where one of these is written. */
const VERBS = ['called', 'described', 'termed'];

const placesOf = new WeakMap<ArticleFacts, number[][]>();

/**
 * Whether text[from, to) holds a describing verb (as `/called|described|termed/` tests that slice),
 * read from where the article writes them, found once: the rules ask for many ranges of each article.
 */
export function hasDescribingVerbIn(facts: ArticleFacts, from: number, to: number): boolean {
  const article = facts.article ?? facts;
  let places = placesOf.get(article);
  if (!places) {
    places = VERBS.map((verb) => positionsOf(article.text, verb));
    placesOf.set(article, places);
  }
  for (let v = 0; v < VERBS.length; v++) {
    const at = places[v]!;
    const i = lowerBound(at, from);
    if (i < at.length && at[i]! + VERBS[v]!.length <= to) return true;
  }
  return false;
}
