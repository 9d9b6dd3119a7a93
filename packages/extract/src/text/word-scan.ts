/**
 * The words of a text as `WORD_PATTERN` finds them, scanned by hand: a global Unicode regex cost several
 * hundred nanoseconds per word here, most of the tokenizer's time. Character classes are decided by the
 * same Unicode properties (asked once per character and remembered).
 */
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const UPPER = 8;

const classes = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 48 && cp <= 57) return NUMBER;
    return 0;
  }
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c =
      (/\p{L}/u.test(ch) ? LETTER : 0) |
      (/\p{N}/u.test(ch) ? NUMBER : 0) |
      (/\p{M}/u.test(ch) ? MARK : 0) |
      (/\p{Lu}/u.test(ch) ? UPPER : 0);
    classes.set(cp, c);
  }
  return c;
}

// ASCII classes by character code, for the common case in the scanning loops.
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => classOf(c));

/** Whether the character at `i` is a letter (\p{L}). */
export const isLetterAt = (text: string, i: number): boolean =>
  i < text.length && (classOf(text.codePointAt(i)!) & LETTER) !== 0;

const isApostrophe = (cp: number): boolean => cp === 39 || cp === 0x2019;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** Where the next word starts at or after `i`: its first letter or digit (`text.length` when none). */
export function nextWordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if ((ASCII[unit]! & (LETTER | NUMBER)) !== 0) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & (LETTER | NUMBER)) !== 0) return i;
    i += width(cp);
  }
  return n;
}

/** Where the word WORD_PATTERN matches at `i` ends; `i` must be where a word starts (`nextWordStart`). */
export function wordEndFrom(text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  // "U.S.": two or more capitals each followed by a full stop, as many as there are.
  if ((classOf(cp) & UPPER) !== 0) {
    let j = i;
    let pairs = 0;
    while (j < n) {
      const u = text.codePointAt(j)!;
      if ((classOf(u) & UPPER) === 0 || text.charCodeAt(j + width(u)) !== 46) break;
      j += width(u) + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  let j = i + width(cp);
  while (j < n) {
    const unit = text.charCodeAt(j);
    if (unit < 128) {
      if ((ASCII[unit]! & (LETTER | NUMBER)) === 0) break;
      j++;
      continue;
    }
    const u = text.codePointAt(j)!;
    if ((classOf(u) & (LETTER | NUMBER | MARK)) === 0) break;
    j += width(u);
  }
  // then any number of apostrophe + letters or marks ("O’Brien", "doesn't")
  while (j < n && isApostrophe(text.charCodeAt(j))) {
    let k = j + 1;
    while (k < n) {
      const u = text.codePointAt(k)!;
      if ((classOf(u) & (LETTER | MARK)) === 0) break;
      k += width(u);
    }
    if (k === j + 1) break;
    j = k;
  }
  return j;
}

/** Letters, digits, apostrophes and hyphens: what `[\p{L}\p{N}'’-]` holds. */
const isRunCode = (cp: number): boolean =>
  cp === 39 || cp === 0x2019 || cp === 45 || (classOf(cp) & (LETTER | NUMBER)) !== 0;

/**
 * The last `count` maximal runs of `[\p{L}\p{N}'’-]` in text[from, to), read backwards from `to` (a
 * surrogate pair cut by `from` or `to` counts as lone surrogates, as in the slice).
 */
export function lastRunsIn(text: string, from: number, to: number, count: number): string[] {
  const runs: string[] = [];
  let i = to;
  while (i > from && runs.length < count) {
    for (let step = stepBefore(text, from, i); i > from && (step & RUN) === 0; ) {
      i -= step & WIDTH;
      if (i > from) step = stepBefore(text, from, i);
    }
    if (i <= from) break;
    const end = i;
    for (let step = stepBefore(text, from, i); i > from && (step & RUN) !== 0; ) {
      i -= step & WIDTH;
      if (i > from) step = stepBefore(text, from, i);
    }
    runs.push(text.slice(i, end));
  }
  return runs.reverse();
}

const WIDTH = 3;
const RUN = 4;

/** The code point ending at `i` (not reaching before `from`): its width, plus RUN when it is a run's. */
function stepBefore(text: string, from: number, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= from) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return (isRunCode((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? RUN : 0) | 2;
  }
  return (isRunCode(low) ? RUN : 0) | 1;
}
