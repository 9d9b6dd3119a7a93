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

// Dotted acronyms first ("U.S."), then words with inner apostrophes ("O’Brien", "doesn't").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
/** Abbreviations whose full stop belongs to the word, not to the sentence. */
const DOTTED = new Set(
  'mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt maj adm mt ft inc corp co ltd bros prof rev messrs no vs gov cmdr supt insp det'.split(
    ' ',
  ),
);
const UPPER = /^[\p{Lu}.]+$/u;
const FIRST_UPPER = /^\p{Lu}/u;

export const keyOf = (word: string): string => word.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '');

/** Splits text into word tokens, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 2 && FIRST_UPPER.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(text.slice(start + word.length - 1, start + word.length + 1))) {
      possessive = true; // plural possessive: "the leaders’ meeting"
    }
    let end = start + word.length;
    const key = keyOf(word);
    if (
      !possessive &&
      text[end] === '.' &&
      (DOTTED.has(key) || (word.length === 1 && FIRST_UPPER.test(word)))
    ) {
      end++;
      word += '.';
    }
    const cap = FIRST_UPPER.test(word);
    tokens.push({
      start,
      end,
      text: word,
      key,
      cap,
      upper: cap && key.length >= 2 && UPPER.test(word),
      possessive,
    });
  }
  return tokens;
}

/** True when only a space (or a hyphen when `hyphen` is set) separates two tokens: they can share a name. */
export function adjacent(text: string, left: Token, right: Token, hyphen = false): boolean {
  const gap = right.start - left.end;
  if (gap !== 1) return false;
  const ch = text[left.end];
  return ch === ' ' || ch === '\u00a0' || (hyphen && ch === '-');
}
