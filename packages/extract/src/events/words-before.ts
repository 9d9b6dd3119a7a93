import { lowerCase } from '../text/lower-case.js';
import { lastRunsIn } from '../text/word-scan.js';

// Whether a character (not a surrogate) belongs to a run, for the characters beyond ASCII met so far.
const runCodes = new Map<number, boolean>();

function isRunBeyondAscii(c: number): boolean {
  let run = runCodes.get(c);
  if (run === undefined) {
    run = /[\p{L}\p{N}'’-]/u.test(String.fromCharCode(c));
    runCodes.set(c, run);
  }
  return run;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

// ASCII characters of a run (`[\p{L}\p{N}'’-]`): letters, digits, the apostrophe and the hyphen.
const RUN_CODES = Uint8Array.from({ length: 128 }, (_, c) =>
  /[\p{L}\p{N}'-]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
const RIGHT_QUOTE = 0x2019;

/**
 * A word lower-cased with ’ read as ' (how the rules compare words with their lists), in one look at
 * its characters: most words are lower-case ASCII already and come back as they are.
 */
export function plainWord(word: string): string {
  let plain = true;
  let ascii = true;
  let quote = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) plain = false;
    else if (c === RIGHT_QUOTE) quote = true;
    else if (c >= 128) ascii = false;
  }
  if (!ascii) {
    const lower = lowerCase(word);
    return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  }
  const lower = plain ? word : word.toLowerCase();
  return quote ? lower.replaceAll('’', "'") : lower;
}

/**
 * `lastRunsIn`, read with a table for ASCII and a remembered answer for other characters: the shared
 * reader asks Unicode for each character, which costs most of the time of the rules that read the words
 * before each trigger. A surrogate in the way hands the question to it whole.
 */
export function lastRunsBefore(text: string, from: number, to: number, count: number): string[] {
  const runs: string[] = [];
  let i = to;
  while (i > from && runs.length < count) {
    for (; i > from; i--) {
      const c = text.charCodeAt(i - 1);
      if (c < 128) {
        if (RUN_CODES[c] === 1) break;
      } else if (isSurrogate(c)) return lastRunsIn(text, from, to, count);
      else if (isRunBeyondAscii(c)) break;
    }
    if (i <= from) break;
    const end = i;
    for (; i > from; i--) {
      const c = text.charCodeAt(i - 1);
      if (c < 128) {
        if (RUN_CODES[c] === 0) break;
      } else if (isSurrogate(c)) return lastRunsIn(text, from, to, count);
      else if (!isRunBeyondAscii(c)) break;
    }
    runs.push(text.slice(i, end));
  }
  return runs.reverse();
}
