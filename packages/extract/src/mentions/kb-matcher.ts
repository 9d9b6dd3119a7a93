import type { EntityKind, KnownEntity } from '@dispatch/core';
import { KeyShapes } from '../text/key-shapes.js';
import { type Token, tokenize } from '../text/tokens.js';

/** One way the knowledge base names an entity, compiled to token keys. */
interface Alias {
  entity: KnownEntity;
  keys: string[];
  /** 'nominal' for descriptions ("the Russian president"), else 'name'. */
  form: 'name' | 'nominal';
  /** Short all-capital names ("US", "X") must match their exact letters, so "us" and "x" do not. */
  exact: string | null;
}

export interface KbMatch {
  /** Token range [first, last] (inclusive). */
  first: number;
  last: number;
  entity: KnownEntity;
  form: 'name' | 'nominal';
  kind: EntityKind;
}

/** Compiles every knowledge-base name into one matcher keyed by first token, so matching is one pass. */
export class KbMatcher {
  private readonly byFirstKey = new Map<string, Alias[]>();
  /** The shapes of `byFirstKey`'s keys: most tokens are ruled out before a map look-up. */
  private readonly firstKeyShapes = new KeyShapes();

  constructor(knowledgeBase: readonly KnownEntity[]) {
    for (const entity of knowledgeBase) {
      for (const written of [entity.name, ...entity.aliases]) {
        // "The Kremlin" is the name "Kremlin" after an article (every word capitalised, unlike "the US
        // president"): the mention's span leaves "The" out
        const name = written.replace(/^(?:the|The)\s+(?=\p{Lu}\S*(?:\s+\p{Lu}\S*)*$)/u, '');
        const tokens = tokenize(name);
        if (tokens.length === 0) continue;
        const keys = tokens.map(tokenKey);
        const form = /^\p{Lu}/u.test(name.trim()) && !/^the\s/i.test(name) ? 'name' : 'nominal';
        const letters = name.replace(/\./g, '');
        const exact = tokens.length === 1 && letters.length <= 3 ? letters : null;
        this.firstKeyShapes.add(keys[0]!);
        const list = this.byFirstKey.get(keys[0]!) ?? [];
        list.push({ entity, keys, form, exact });
        this.byFirstKey.set(keys[0]!, list);
      }
    }
    // longest names first, so "St Peter's Square" wins over "St Peter's"
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest knowledge-base names in the token stream, left to right, never overlapping. */
  match(text: string, tokens: readonly Token[]): KbMatch[] {
    const found: KbMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // (a possessive token's map key has "'s" added: tokenKey)
      if (!token.possessive && !this.firstKeyShapes.mayHave(token.key)) continue;
      const aliases = this.byFirstKey.get(tokenKey(token));
      if (!aliases) continue;
      let hit: Alias | undefined;
      for (const alias of aliases) {
        if (this.fits(text, tokens, i, alias)) {
          hit = alias;
          break;
        }
      }
      if (!hit) continue;
      const last = i + hit.keys.length - 1;
      found.push({ first: i, last, entity: hit.entity, form: hit.form, kind: hit.entity.kind });
      // a description may hold a name ("the US president"): keep reading inside it
      if (hit.form === 'name') i = last;
    }
    return found;
  }

  private fits(text: string, tokens: readonly Token[], i: number, alias: Alias): boolean {
    const first = tokens[i]!;
    if (alias.exact !== null) return lettersAre(first.text, alias.exact);
    if (alias.form === 'name' && !first.cap) return false;
    for (let k = 1; k < alias.keys.length; k++) {
      const prev = tokens[i + k - 1];
      const next = tokens[i + k];
      if (!prev || !next || tokenKey(next) !== alias.keys[k] || !joined(text, prev, next)) return false;
    }
    return true;
  }
}

/** The token's key with its possessive, so "St Peter’s basilica" matches "St. Peter's Basilica". */
const tokenKey = (token: Token): string => (token.possessive ? `${token.key}'s` : token.key);

/** Two tokens written as parts of one name: one space apart, or across a possessive "’s ". */
function joined(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap === 1) return text.charCodeAt(left.end) === 32;
  if (gap !== 3 || !left.possessive) return false;
  const apostrophe = text.charCodeAt(left.end);
  return (
    (apostrophe === 39 || apostrophe === 0x2019) &&
    text.charCodeAt(left.end + 1) === 115 &&
    text.charCodeAt(left.end + 2) === 32
  );
}

/** Whether `word` without its full stops is `letters` ("U.S." and "US"), without building the string. */
function lettersAre(word: string, letters: string): boolean {
  let k = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46) continue;
    if (k >= letters.length || c !== letters.charCodeAt(k)) return false;
    k++;
  }
  return k === letters.length;
}
