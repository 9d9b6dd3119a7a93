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

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.includes('.') && !lower.includes('’') && !lower.includes('‘')) return lower;
  return lower.replace(/[’‘]/g, "'").replace(/\./g, '');
}

const isUpperChar = (ch: string): boolean => ch !== ch.toLowerCase();

/** Splits text into word tokens, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    let possessive = false;
    const n = word.length;
    const cap = isUpperChar(word[0]!);
    const apostrophe = (ch: string | undefined) => ch === '’' || ch === "'";
    if (n > 2 && cap && apostrophe(word[n - 2]) && (word[n - 1] === 's' || word[n - 1] === 'S')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word[n - 1] === 's' && apostrophe(text[start + n])) {
      possessive = true; // plural possessive: "the leaders’ meeting"
    }
    let end = start + word.length;
    const key = keyOf(word);
    if (!possessive && text[end] === '.' && (DOTTED.has(key) || (word.length === 1 && cap))) {
      end++;
      word += '.';
    }
    tokens.push({
      start,
      end,
      text: word,
      key,
      cap,
      upper: cap && key.length >= 2 && word === word.toUpperCase() && UPPER.test(word),
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
