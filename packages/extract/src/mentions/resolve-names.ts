import { type Entity, type EntityKind, type KnownEntity, type Span, slugify } from '@dispatch/core';
import { FEMALE_NAMES, MALE_NAMES } from '../gazetteer/first-names.js';
import { NATIONALITIES } from '../gazetteer/places.js';
import { FEMALE_TITLES, MALE_TITLES, TITLE_WORDS } from '../gazetteer/titles.js';
import { lowerCase } from '../text/lower-case.js';
import type { Token } from '../text/tokens.js';
import { kbIndex } from './kb-index.js';
import type { NameMention } from './names.js';

export type Gender = 'male' | 'female' | null;

/** An entity the text refers to: from the knowledge base, or discovered here. */
export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
  known: KnownEntity | null;
  roles: string[];
  gender: Gender;
}

/** A name mention tied to its entity. */
export interface ResolvedName extends NameMention {
  entity: EntityRef;
}

/**
 * Gives every name its entity: knowledge-base names keep theirs; an unknown name takes the strongest type
 * its spelling gets anywhere in the text (one sense per document), and a surname alone joins the full name
 * it belongs to ("Starmer" → "Keir Starmer").
 */
export function resolveNames(
  text: string,
  tokens: readonly Token[],
  names: readonly NameMention[],
  knowledgeBase: readonly KnownEntity[],
): ResolvedName[] {
  const best = new Map<string, NameMention>();
  for (const n of names) {
    const seen = best.get(n.key);
    if (!n.known && (!seen || n.strength > seen.strength)) best.set(n.key, n);
  }
  // surname (and single given name) → the multi-word person it abbreviates: the knowledge base's first
  const { byId: kbById, surnames } = kbIndex(knowledgeBase);
  const people = new Map<string, string>();
  const addPerson = (key: string) => {
    const space = key.lastIndexOf(' ');
    if (space < 0) return; // one word
    const last = key.slice(space + 1);
    if (!surnames.has(last) && !people.has(last)) people.set(last, key);
  };
  for (const n of best.values()) if (n.type === 'PERSON') addPerson(n.key);
  const personOf = (key: string): string | undefined => surnames.get(key) ?? people.get(key);
  const refs = new Map<string, EntityRef>();
  const refFor = (key: string, n: NameMention, type: EntityKind): EntityRef => {
    let ref = refs.get(key);
    if (ref) return ref;
    const known = n.known ?? kbById.get(key) ?? null;
    if (known) {
      ref = {
        id: known.id,
        name: known.name,
        kind: known.kind,
        known,
        roles: [],
        gender: knownGender(known),
      };
    } else {
      const name = text.slice(n.span.start, n.span.end);
      let id = slugify(name);
      if (kbById.has(id)) id = `${id}-${type.toLowerCase()}`;
      ref = { id, name, kind: type, known: null, roles: [], gender: genderOf(name) };
    }
    refs.set(key, ref);
    return ref;
  };

  return names.map((n) => {
    let key = n.key;
    let type = n.known ? n.type : (best.get(n.key)?.type ?? n.type);
    if (!n.known && !n.key.includes(' ')) {
      const person = personOf(n.key);
      if (person && person !== n.key) {
        key = person;
        type = 'PERSON';
      }
    }
    const ancestor = n.known ? n : (best.get(key) ?? n);
    const entity = refFor(key, ancestor, type);
    const role = type === 'PERSON' && n.form === 'name' ? findRole(text, tokens, n.first) : null;
    if (role) {
      const words = text.slice(role.start, role.end);
      if (!entity.roles.includes(words)) entity.roles.push(words);
      if (!entity.gender) entity.gender = genderOfTitle(words);
    }
    // Written out rather than spread: V8 copies a spread with overrides property by property, slowly.
    return {
      first: n.first,
      last: n.last,
      span: n.span,
      type: n.known ? n.type : entity.kind,
      strength: n.strength,
      form: n.form,
      known: n.known,
      key: n.key,
      role,
      entity,
    };
  });
}

/** The discovered (non knowledge-base) entities among resolved names, in order of first mention. */
export function discoveredEntities(names: readonly ResolvedName[]): Entity[] {
  const out = new Map<string, Entity>();
  for (const { entity } of names) {
    if (entity.known || out.has(entity.id)) continue;
    out.set(entity.id, {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: [],
      roles: entity.roles,
      source: 'extraction',
    });
  }
  return [...out.values()];
}

/** Title words right before a name ("Kremlin spokesman", "British Prime Minister"), as a span. */
function findRole(text: string, tokens: readonly Token[], first: number): Span | null {
  let k = first - 1;
  let start = -1;
  let titled = false;
  while (k >= 0 && first - k <= 6) {
    const t = tokens[k]!;
    // one space between the words
    if (tokens[k + 1]!.start - t.end !== 1 || text.charCodeAt(t.end) !== 32 || t.possessive) break;
    const isTitle = TITLE_WORDS.has(t.key);
    if (!isTitle && !NATIONALITIES.has(t.key) && !(t.cap && t.key !== 'the') && t.key !== 'of') break;
    if (!isTitle && !titled && !NATIONALITIES.has(t.key)) break; // the word next to the name must be a title
    titled ||= isTitle;
    start = t.start;
    k--;
  }
  if (!titled || start < 0) return null;
  return { start, end: tokens[first - 1]!.end };
}

// The knowledge base's people are named in article after article: their genders are worked out once.
const knownGenders = new WeakMap<KnownEntity, Gender>();

function knownGender(entity: KnownEntity): Gender {
  let gender = knownGenders.get(entity);
  if (gender === undefined) {
    gender = genderOf(entity.name);
    knownGenders.set(entity, gender);
  }
  return gender;
}

function genderOf(name: string): Gender {
  const first = lowerCase(firstWord(name));
  if (MALE_NAMES.has(first) || MALE_TITLES.has(first)) return 'male';
  if (FEMALE_NAMES.has(first) || FEMALE_TITLES.has(first)) return 'female';
  return null;
}

function genderOfTitle(role: string): Gender {
  const words = role.toLowerCase().replace(/\./g, '').split(/\s+/);
  if (words.some((w) => MALE_TITLES.has(w))) return 'male';
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'female';
  return null;
}

/** The name up to its first white space, as `name.split(/\s+/)[0]` gives it (lower-casing keeps spaces). */
function firstWord(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(name[i]!)) return name.slice(0, i);
  }
  return name;
}
