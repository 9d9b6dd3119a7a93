import type { Span } from '@dispatch/core';
import { KeyShapes } from '../text/key-shapes.js';
import { firstSpanFrom, lastSpanStartingBy, spanIndexAt } from '../text/span-index.js';
import type { Token } from '../text/tokens.js';
import type { EntityRef, Gender } from './resolve-names.js';

/** A mention that can be pointed back to: a person's name, description or already resolved pronoun. */
export interface Referent {
  span: Span;
  entity: EntityRef;
  form: 'name' | 'nominal' | 'pronoun';
}

// a Map, not an object: a token such as "constructor" must not find a prototype property
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

export const pronounGender = (key: string): Gender | undefined => PRONOUN_GENDER.get(key);

// Every token is asked: the pronouns' first and last letters and lengths rule out most words ("said",
// "should") before a look-up, which would first have to hash the word.
const PRONOUN_SHAPES = new KeyShapes();
for (const k of PRONOUN_GENDER.keys()) PRONOUN_SHAPES.add(k);
export const mayBePronoun = (key: string): boolean => PRONOUN_SHAPES.mayHave(key);

/**
 * Resolves third-person singular pronouns outside quotations to the person they most likely mean: the
 * first compatible person of the same sentence before the pronoun, else the subject (first compatible
 * person) of the nearest earlier sentence, up to three sentences back. Resolved pronouns count as
 * mentions of their person for later pronouns.
 */
export function resolvePronouns(
  tokens: readonly Token[],
  people: readonly Referent[],
  sentences: readonly Span[],
  quoted: readonly Span[],
): Referent[] {
  const out: Referent[] = [];
  const peopleSpans = people.map((r) => r.span);
  const outSpans: Span[] = [];
  for (const token of tokens) {
    const gender = mayBePronoun(token.key) ? PRONOUN_GENDER.get(token.key) : undefined;
    if (gender === undefined || token.text.length > 7) continue;
    if (spanIndexAt(quoted, token.start) >= 0) continue;
    const entity = antecedent([people, out], [peopleSpans, outSpans], sentences, token.start, gender);
    if (!entity) continue;
    const span = { start: token.start, end: token.end };
    out.push({ span, entity, form: 'pronoun' });
    outSpans.push(span);
  }
  return out;
}

/**
 * The person a pronoun at `pos` refers to. `lists` are referents sorted by position (names, resolved
 * pronouns), with their spans in `spans` for binary search.
 */
export function antecedent(
  lists: readonly (readonly Referent[])[],
  spans: readonly (readonly Span[])[],
  sentences: readonly Span[],
  pos: number,
  gender: Gender,
): EntityRef | null {
  const s = Math.max(spanIndexAt(sentences, pos), lastSpanStartingBy(sentences, pos));
  const fits = (r: Referent) =>
    r.entity.kind === 'PERSON' && (!gender || !r.entity.gender || r.entity.gender === gender);
  for (let k = s; k >= Math.max(0, s - 3); k--) {
    const sentence = sentences[k];
    if (!sentence) break;
    const limit = Math.min(pos, sentence.end);
    let first: Referent | null = null;
    lists.forEach((list, l) => {
      for (let i = firstSpanFrom(spans[l]!, sentence.start); i < list.length; i++) {
        const r = list[i]!;
        if (r.span.start >= limit || (first && r.span.start >= first.span.start)) break;
        if (fits(r)) {
          first = r;
          break;
        }
      }
    });
    if (first) return (first as Referent).entity;
  }
  return null;
}
