// What a regex's \s matches (JavaScript's white space and line terminators).
export const isSpaceCode = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * Where to start reading text[from, to) for a regex anchored at its end (`$`) that spans at most `runs`
 * whole space-separated words, each preceded by white space or the start: from the white space before the
 * `runs`-th last word (or `from`). Such a regex matches the rest exactly when it matches the whole, and
 * the regex no longer tries every position of a long clause.
 */
export function tailStart(text: string, from: number, to: number, runs: number): number {
  let i = to;
  for (let run = 0; run < runs; run++) {
    while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
    while (i > from && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i <= from) return from;
  }
  return i - 1;
}

/** Where text[from, to) stops being white space (`\s`) at its start: `to` when it is all white space. */
export function spacesEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the white space (`\s`) ending text[from, to) starts: `from` when it is all white space. */
export function spacesStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
