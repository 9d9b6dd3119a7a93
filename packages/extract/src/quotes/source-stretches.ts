import type { Span } from '@dispatch/core';

/**
 * Runs a global word-list regex only over the stretches of text that hold a candidate word (`words`, in
 * order), with the same matches as a scan of the whole text. Used for patterns whose matches hold only
 * letters, digits, white space, apostrophes, hyphens and dots: the other ASCII characters (commas,
 * quotation marks, brackets…) end a stretch. Those are never word characters, so `\b` reads the same at a
 * stretch's edge as inside the text, and a global scan reaching a stretch finds what a scan of it alone
 * finds.
 */
export function matchesInStretches(
  text: string,
  re: RegExp,
  words: readonly Span[],
): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  let scannedTo = 0;
  for (const word of words) {
    if (word.start < scannedTo) continue;
    let from = word.start;
    while (from > scannedTo && !endsStretch(text.charCodeAt(from - 1))) from--;
    let to = word.end;
    while (to < text.length && !endsStretch(text.charCodeAt(to))) to++;
    // exec on the shared global pattern: matchAll would clone the pattern for every stretch.
    const stretch = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) found.push({ index: from + m.index, text: m[0] });
    scannedTo = to;
  }
  return found;
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** An ASCII character that is neither a word character, white space, an apostrophe, a hyphen nor a dot. */
function endsStretch(c: number): boolean {
  if (c >= 128 || isWordCode(c)) return false;
  return !((c >= 9 && c <= 13) || c === 32 || c === 39 || c === 45 || c === 46);
}

/** The ASCII word characters (`\w`) a word starts with: what `\b…\b` can match at its start. */
export function leadingWord(word: string): string {
  let i = 0;
  while (i < word.length && isWordCode(word.charCodeAt(i))) i++;
  return i === word.length ? word : word.slice(0, i);
}

/** Every run of ASCII word characters in a word, lower-cased: what `\b…\b` can match inside it. */
export function wordRuns(word: string): string[] {
  const runs: string[] = [];
  for (let i = 0; i < word.length; ) {
    while (i < word.length && !isWordCode(word.charCodeAt(i))) i++;
    const start = i;
    while (i < word.length && isWordCode(word.charCodeAt(i))) i++;
    if (i > start) runs.push(word.slice(start, i).toLowerCase());
  }
  return runs;
}
