import type { Mention, Span } from '@dispatch/core';
import { type ArticleFacts, firstFrom } from './article-facts.js';
import { PLACE_PREPOSITION } from './lexicon.js';
import { isPossessiveAt } from './possessive.js';

/** A place named after a preposition ("in Moscow", "outside Moscow", "inside the basilica"). */
export interface PlacePhrase {
  entityId: string;
  span: Span;
}

const lastWord = (name: string): string => name.split(/\s+/u).pop()!.toLowerCase();

/**
 * The places a sentence puts something at. Besides named places, "the basilica" after a preposition is
 * the place named earlier whose name ends in that word ("St Peter's basilica"), as editors write it.
 */
export function placesIn(facts: ArticleFacts, sentence: Span): PlacePhrase[] {
  const { text } = facts;
  const found: PlacePhrase[] = [];
  for (const mention of facts.mentions) {
    if (mention.type !== 'LOC' || !mention.entityId) continue;
    if (mention.span.start < sentence.start || mention.span.end > sentence.end) continue;
    if (isPossessiveAt(text, mention.span.end)) continue;
    const before = text.slice(Math.max(sentence.start, mention.span.start - 60), mention.span.start);
    if (PLACE_PREPOSITION.test(before)) found.push({ entityId: mention.entityId, span: mention.span });
  }
  const slice = text.slice(sentence.start, sentence.end);
  const heads = placeHeads(facts.article ?? facts);
  // A phrase counts only when its word is such a head: most sentences hold none, and skip the scan.
  if (!holdsAny(slice, heads)) return found.sort((a, b) => a.span.start - b.span.start);
  for (const m of slice.matchAll(/\b(?:in|inside|outside|at|near)\s+the\s+(\p{Ll}+)\b/gu)) {
    const head = m[1]!;
    const at = sentence.start + m.index + m[0].length - head.length;
    const named = heads.get(head) ?? [];
    const referent = named[firstFrom(named, at) - 1];
    if (referent?.entityId)
      found.push({ entityId: referent.entityId, span: { start: at, end: at + head.length } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function holdsAny(slice: string, heads: Map<string, Mention[]>): boolean {
  for (const head of heads.keys()) if (slice.includes(head)) return true;
  return false;
}

const headsCache = new WeakMap<ArticleFacts, Map<string, Mention[]>>();

/** Places with names of several words, by their last word, in reading order. */
function placeHeads(facts: ArticleFacts): Map<string, Mention[]> {
  let heads = headsCache.get(facts);
  if (!heads) {
    heads = new Map();
    for (const mention of facts.mentions) {
      if (mention.type !== 'LOC' || !mention.entityId || !/\s/u.test(mention.text)) continue;
      const head = lastWord(mention.text);
      heads.set(head, [...(heads.get(head) ?? []), mention]);
    }
    headsCache.set(facts, heads);
  }
  return heads;
}
