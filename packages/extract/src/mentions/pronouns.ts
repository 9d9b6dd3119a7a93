import type { Span } from '@dispatch/core';
import { lastSpanStartingBy, spanIndexAt } from '../text/span-index.js';
import type { Token } from '../text/tokens.js';
import type { EntityRef, Gender } from './resolve-names.js';

/** A mention that can be pointed back to: a person's name, description or already resolved pronoun. */
export interface Referent {
  span: Span;
  entity: EntityRef;
  form: 'name' | 'nominal' | 'pronoun';
}

const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

export const pronounGender = (key: string): Gender | undefined => PRONOUN_GENDER[key];

/**
 * Resolves third-person singular pronouns outside quotations to the person they most likely mean: the
 * first compatible person of the same sentence before the pronoun, else the subject (first compatible
 * person) of the nearest earlier sentence, up to three sentences back.
 */
export function resolvePronouns(
  tokens: readonly Token[],
  people: readonly Referent[],
  sentences: readonly Span[],
  quoted: readonly Span[],
): Referent[] {
  const out: Referent[] = [];
  const all = [...people];
  let cursor = 0;
  for (const token of tokens) {
    const gender = PRONOUN_GENDER[token.key];
    if (gender === undefined || token.text.length > 7) continue;
    if (spanIndexAt(quoted, token.start) >= 0) continue;
    const entity = antecedent(all, sentences, token.start, gender, cursor);
    if (!entity) continue;
    const ref: Referent = { span: { start: token.start, end: token.end }, entity, form: 'pronoun' };
    out.push(ref);
    // keep `all` ordered: insert after the referents that precede it
    while (cursor < all.length && all[cursor]!.span.start < token.start) cursor++;
    all.splice(cursor, 0, ref);
  }
  return out;
}

/** The person a pronoun at `pos` refers to, searching `referents` (sorted by position). */
export function antecedent(
  referents: readonly Referent[],
  sentences: readonly Span[],
  pos: number,
  gender: Gender,
  hint = 0,
): EntityRef | null {
  const s = Math.max(spanIndexAt(sentences, pos), lastSpanStartingBy(sentences, pos));
  const fits = (r: Referent) =>
    r.entity.kind === 'PERSON' && (!gender || !r.entity.gender || r.entity.gender === gender);
  let end = firstAtOrAfter(referents, pos, hint);
  for (let k = s; k >= Math.max(0, s - 3); k--) {
    const sentence = sentences[k];
    if (!sentence) break;
    let first: EntityRef | null = null;
    for (let i = end - 1; i >= 0 && referents[i]!.span.start >= sentence.start; i--) {
      if (fits(referents[i]!)) first = referents[i]!.entity;
    }
    if (first) return first;
    while (end > 0 && referents[end - 1]!.span.start >= sentence.start) end--;
  }
  return null;
}

function firstAtOrAfter(referents: readonly Referent[], pos: number, hint: number): number {
  let i = Math.min(hint, referents.length);
  while (i > 0 && referents[i - 1]!.span.start >= pos) i--;
  while (i < referents.length && referents[i]!.span.start < pos) i++;
  return i;
}
