import { DOTTED_WORDS } from '../gazetteer/abbreviations.js';
import { KeyShapes } from './key-shapes.js';
import { lowerCase } from './lower-case.js';
import { nextWordStart, wordEndFrom } from './word-scan.js';

/** A word of the text with what name finding needs to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, curly apostrophes straightened, dots removed: the key for gazetteer look-ups. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  upper: boolean;
  /** Followed by a possessive "'s" / "’s" (kept out of the token). */
  possessive: boolean;
}

// Words are WORD_PATTERN's: dotted acronyms first ("U.S."), then words with inner apostrophes ("O’Brien").
const UPPER = /^[\p{Lu}.]+$/u;

export function keyOf(word: string): string {
  // Most words are lower-case ASCII without a dot: they are their own key (one look at each character).
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i);
    plain = c < 128 && !(c >= 65 && c <= 90) && c !== 46;
  }
  if (plain) return word;
  const lower = lowerCase(word);
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46 || c === 0x2019 || c === 0x2018) return lower.replace(/[’‘]/g, "'").replace(/\./g, '');
  }
  return lower;
}

const isUpperChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
};

const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;

/**
 * Two or more letters, all capitals or dots ("NATO", "U.S."): for ASCII, a look at each character;
 * otherwise Unicode's upper case (V8 changes the case of two-byte strings slowly, in its runtime).
 */
function isAllCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase() && UPPER.test(word);
    if (!((c >= 65 && c <= 90) || c === 46)) return false;
  }
  return true;
}

// Every sentence's last word is asked: its shape rules most out without hashing the word.
const DOTTED_SHAPES = new KeyShapes();
for (const word of DOTTED_WORDS) DOTTED_SHAPES.add(word);
const isDotted = (key: string): boolean => DOTTED_SHAPES.mayHave(key) && DOTTED_WORDS.has(key);

/** Splits text into word tokens, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    let end = plainWordEnd(text, start);
    if (end > 0) tokens.push(plainToken(text, start, end));
    else {
      end = wordEndFrom(text, start);
      tokens.push(anyToken(text, start, end));
    }
    start = nextWordStart(text, end);
  }
  return tokens;
}

/** How many capitals the last word `plainWordEnd` read has. */
let plainCapitals = 0;

/**
 * Most words are ASCII letters and digits ended by a space or punctuation other than an apostrophe: such
 * a word is read in one look at each character. Returns its end, or 0 when the word at `start` may be
 * more (an apostrophe, a non-ASCII letter, "U.S.").
 */
function plainWordEnd(text: string, start: number): number {
  let capitals = 0;
  let j = start;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) capitals++;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
  }
  const stop = text.charCodeAt(j);
  if (j === start || stop >= 128 || stop === 39 || (stop === 46 && j === start + 1)) return 0;
  plainCapitals = capitals;
  return j;
}

/** The token of a word `plainWordEnd` read: no possessive, no dot inside, no case but ASCII's. */
function plainToken(text: string, start: number, end: number): Token {
  const length = end - start;
  let word = text.slice(start, end);
  const first = text.charCodeAt(start);
  const cap = first >= 65 && first <= 90;
  // keyOf's rule: a plain word without capitals is its own key; "Putin" is "p" and the rest as written
  // (quicker than asking toLowerCase or a cache of it)
  let key = word;
  if (plainCapitals === 1 && cap) key = String.fromCharCode(first + 32) + text.slice(start + 1, end);
  else if (plainCapitals > 0) key = lowerCase(word);
  if (text.charCodeAt(end) === 46 && (isDotted(key) || (length === 1 && cap)))
    word = text.slice(start, ++end);
  return {
    start,
    end,
    text: word,
    key,
    cap,
    upper: length >= 2 && plainCapitals === length,
    possessive: false,
  };
}

/** The token of any word WORD_PATTERN matches as text[start, matchEnd). */
function anyToken(text: string, start: number, matchEnd: number): Token {
  let word = text.slice(start, matchEnd);
  let possessive = false;
  const n = word.length;
  const first = text.charCodeAt(start);
  const cap = first < 128 ? first >= 65 && first <= 90 : isUpperChar(word[0]!);
  if (n > 2 && cap && isApostrophe(word.charCodeAt(n - 2)) && (word[n - 1] === 's' || word[n - 1] === 'S')) {
    word = word.slice(0, -2);
    possessive = true;
  } else if (word[n - 1] === 's' && isApostrophe(text.charCodeAt(start + n))) {
    possessive = true; // plural possessive: "the leaders’ meeting"
  }
  let end = start + word.length;
  const key = keyOf(word);
  if (!possessive && text.charCodeAt(end) === 46 && (isDotted(key) || (word.length === 1 && cap))) {
    end++;
    word += '.';
  }
  return {
    start,
    end,
    text: word,
    key,
    cap,
    upper: cap && key.length >= 2 && isAllCapitals(word),
    possessive,
  };
}

/** True when only a space (or a hyphen when `hyphen` is set) separates two tokens: they can share a name. */
export function adjacent(text: string, left: Token, right: Token, hyphen = false): boolean {
  const gap = right.start - left.end;
  if (gap !== 1) return false;
  const ch = text[left.end];
  return ch === ' ' || ch === '\u00a0' || (hyphen && ch === '-');
}
